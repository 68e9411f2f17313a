validate --config config/.jsonresume.json old-names.json
# --config applies one file to every input; its globs stay relative to its own folder (legacy/*.json does not match here).
