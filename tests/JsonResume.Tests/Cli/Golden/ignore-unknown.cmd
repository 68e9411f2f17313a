validate --ignore JR2030 old-names.json
