"""{% form_stamp scope %}: the signed form stamp of portal.forms, for forms rendered without a form
instance (the newsletter form in every page's footer)."""

from django import template

from portal.forms import issue_stamp

register = template.Library()


@register.simple_tag
def form_stamp(scope):
    return issue_stamp(scope)
