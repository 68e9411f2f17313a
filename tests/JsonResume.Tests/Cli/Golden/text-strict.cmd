validate --strict old-names.json valid.json
