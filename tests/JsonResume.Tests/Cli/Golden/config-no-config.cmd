validate --no-config config/legacy/old-names.json
