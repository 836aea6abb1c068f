"""Russian NLP layer on natasha/slovnet: segmentation, morphology, syntax, NER."""
