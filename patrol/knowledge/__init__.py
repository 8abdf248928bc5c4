"""The substance knowledge base: curated data files, the resolver that turns names into
substances, and structure-based generic definitions (chemistry/)."""
