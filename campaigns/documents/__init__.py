"""The text of uploaded documents: read in a task (extraction.py, in a limited child process),
kept in campaigns.DocumentText with the downloads, shown to editors (panel, report).

It serves any Wagtail document, yet it stays in campaigns rather than portal: its table is
campaigns_documenttext (moving the model would need SeparateDatabaseAndState migrations in two
apps for no reader-visible gain), and its only consumers are campaign content (the library's
resources index the text; the report lists their files). It depends on no page module of
campaigns (tasks.py finds the pages that offer a document through the document model's
relations), so it can move to portal as a whole the day another app needs it.
"""
