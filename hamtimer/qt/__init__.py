"""The thin Qt layer: it shows what the core derives and forwards what the patient does."""
