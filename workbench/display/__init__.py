"""What a person sees: facts in their sentences (``facts``), tables and widgets (``views``),
every chart (``charts`` for the corpus, ``estimates`` for claims compared) and the text
writers of the command line (``writers``). Display reads facts; it never extracts."""
