migrate old-names.json
