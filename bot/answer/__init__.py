"""Answer: a question and a loaded index in, an `Answer` with citations out.

Analyses the question (query), finds chunks and units (retrieval), then chooses, orders and
cites the quotes or declines (compose, with candidate, listing, overview, advice, roles).
"""
