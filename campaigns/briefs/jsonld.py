"""schema.org `Report` JSON-LD for an outcome brief: its authors, dates and language.

An alias (an untranslated copy of the brief) describes its source: the source's URL (the
canonical one) and language, since that is the text a reader of the alias sees.
"""

from portal.jsonld import canonical_url, json_ld_script, organisation


def brief_data(brief, request=None):
    source = brief.alias_of.specific if brief.alias_of_id else brief
    data = {
        "@context": "https://schema.org",
        "@type": "Report",
        "headline": brief.title,
        "name": brief.title,
        "url": canonical_url(brief, request),
        "inLanguage": source.locale.language_code,
        "datePublished": brief.publication_date.isoformat(),
        "publisher": organisation(request),
    }
    changed = brief.last_published_at
    if changed is not None and changed.date() > brief.publication_date:
        data["dateModified"] = changed.isoformat()
    if brief.intro:
        data["description"] = brief.intro
    authors = [{"@type": "Person", "name": name} for name in brief.author_names]
    data["author"] = authors or organisation(request)
    return data


def brief_json_ld(brief, request=None):
    return json_ld_script(brief_data(brief, request))
