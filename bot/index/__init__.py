"""Index: chunks and units in, a committed index generation out (and loaded back).

Embeds texts (embedding), keeps the vectors in FAISS (vectors) and the words in BM25 (lexical),
keeps per-row term counts and unit facts (terms, unitterms) and what each file teaches
(knowledge), reads records lazily (rows), writes and loads a generation under index/ with its
manifest (storage), and updates it incrementally from the seeds, reusing kept rows (build). Takes records from ingest; knows nothing of questions.
"""
