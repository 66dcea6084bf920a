"""The plan import: a parsed document, reviewed by a coordinator, becomes a plan.

`review` gives the review's starting values and unit matches, `matching` pairs what a plan holds
with what its document says again, `changes` says what a re-import would change, and `confirm`
applies the review in one transaction.
"""
