"""The analysis pipeline: stages that each declare what they need and what they add,
run over batches of documents, in parallel, in input order."""
