"""The registry of the campaigns app: every model, whichever domain sub-package defines it.

Page types live in `<domain>/pages.py`, other models in `<domain>/models.py`; Django finds them
all through this module (the app label stays `campaigns`), and code outside the app imports them
from here.
"""

from campaigns.actions.models import ActionMessage, LetterDelivery, Target
from campaigns.actions.pages import ActionPage
from campaigns.briefs.models import Author
from campaigns.briefs.pages import BriefAuthor, BriefIndexPage, BriefSource, OutcomeBriefPage
from campaigns.campaign.pages import CampaignPage, RelatedCampaign
from campaigns.documents.models import DocumentText
from campaigns.library.pages import ResourceLibraryPage
from campaigns.library.resource import ResourcePage
from campaigns.petitions.models import Signature, SignatureCounter
from campaigns.petitions.pages import PetitionPage

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
    "SignatureCounter",
    "Target",
]
