"""Ingest: files under seeds/ in, typed records out.

Discovers and reads documents (documents), finds their title, heading paths, sentences and list
items with exact offsets (structure), and groups those units into chunks that fit the model
(chunking). Imports nothing from the later stages.
"""
