"""Vietnamese text: normalisation, folding, collation, dates and time frames.

Plain Python: nothing here imports Django, so the parser and the web app share it.
"""
