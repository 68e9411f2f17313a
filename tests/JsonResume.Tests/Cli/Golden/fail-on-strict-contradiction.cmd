validate --strict --fail-on error old-names.json
