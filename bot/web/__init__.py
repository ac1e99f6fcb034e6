"""Web: the Gradio chat over the engine.

The app (app), how answers and sources are shown (chatformat, sources), like/dislike votes
(feedback), and the seeds watcher that rebuilds while serving (watcher). Only formats; answering
is the engine's.
"""
