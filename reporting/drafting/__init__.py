"""Drafting the consolidated report from the figures, as a clerk would write it.

`scope` says whose work the report covers (the approved reports, the receiving unit's own
work, and what lower levels consolidated); `facts` counts that work in the period's window,
task by task of the plan; `tables` lays the counts out as the appendix's tables; `wording`
writes the parts of the report from the facts through the templates in
`reporting/templates/reporting/draft/`, so the wording can be read and changed without code,
and the same facts always give the same text.
"""
