"""Campaigns' models, one module per page type; import them from here."""

from .action import ActionMessage, ActionPage
from .campaign import CampaignPage, RelatedCampaign
from .petition import PetitionPage
from .signature import Signature
from .target import Target

__all__ = [
    "ActionMessage",
    "ActionPage",
    "CampaignPage",
    "PetitionPage",
    "RelatedCampaign",
    "Signature",
    "Target",
]
