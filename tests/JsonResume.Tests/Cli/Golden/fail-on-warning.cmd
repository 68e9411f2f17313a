validate --fail-on warning old-names.json valid.json
