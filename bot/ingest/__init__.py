"""Ingest: files under seeds/ in, typed records out.

Discovers documents and reads each with its format's reader (documents, readers/: plain text,
markdown, HTML, PDF, docx), finds their title, heading paths, sentences and list items with
exact offsets into the extracted text (structure for plain text, blocks for the others, units),
and groups those units into chunks that fit the model (chunking). Imports nothing from the later
stages.
"""
