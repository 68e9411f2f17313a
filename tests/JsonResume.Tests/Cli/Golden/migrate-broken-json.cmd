migrate trailing-comma.json
