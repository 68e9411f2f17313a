validate old-names.json
