validate --fail-on notice old-names.json
