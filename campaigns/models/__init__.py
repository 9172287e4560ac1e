"""Campaigns' models, one module per page type; import them from here."""

from .action import ActionMessage, ActionPage, LetterDelivery
from .author import Author
from .brief import BriefAuthor, BriefIndexPage, BriefSource, OutcomeBriefPage
from .campaign import CampaignPage, RelatedCampaign
from .document import DocumentText
from .petition import PetitionPage
from .resource import ResourceLibraryPage, ResourcePage
from .signature import Signature
from .target import Target

__all__ = [
    "ActionMessage",
    "ActionPage",
    "Author",
    "BriefAuthor",
    "BriefIndexPage",
    "BriefSource",
    "CampaignPage",
    "DocumentText",
    "LetterDelivery",
    "OutcomeBriefPage",
    "PetitionPage",
    "RelatedCampaign",
    "ResourceLibraryPage",
    "ResourcePage",
    "Signature",
    "Target",
]
