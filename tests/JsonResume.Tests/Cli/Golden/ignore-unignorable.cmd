validate --ignore JR0001 trailing-comma.json
