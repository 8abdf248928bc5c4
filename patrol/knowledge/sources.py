"""Where the knowledge base's facts come from: short ids used in the data files, and
the full citation of each (written to ``sources.json`` in every KB directory)."""

SOURCES = {
    "tripsit": "TripSit drugs.json (github.com/TripSit/drugs), snapshot of Aug 2026",
    "psychonautwiki": "PsychonautWiki substance records via NoahSaso/merge-psychonautwiki-tripsit-data, cache/psychonautDB.json (2022)",
    "psymol": "april19ai/psymol library+shulgin.csv (PsychonautWiki and Shulgin compounds with SMILES and InChIKey)",
    "redmed": "RedMed drug lexicon (Lavertu & Altman 2019), alavertu/redmed redmed_drug_lexicon.tsv",
    "dea-street": "DEA street names by drug category, via R package DOPE (CTN-0094/DOPE) dea_street_names",
    "noslang": "NoSlang street names, via R package DOPE (CTN-0094/DOPE) noslang_street_names",
    "dope": "DOPE class/category/synonym lookup (CTN-0094/DOPE lookup_df)",
    "un-schedules": "UN convention schedules compiled in shared/data/schedules/un_international_control.csv (per-entry source URL in each control)",
    "us-csa": "DEA Controlled Substances - Alphabetical Order (about 2021), via DOPE inst/extdata/c_cs_alpha.xlsx",
    "patrol": "patrol curation (patrol/knowledge/curation/)",
    "patrol-rules": "patrol name-morphology rules for effect groups (patrol/knowledge/build.py)",
    "rdkit": "computed with RDKit from the entry's SMILES",
}
