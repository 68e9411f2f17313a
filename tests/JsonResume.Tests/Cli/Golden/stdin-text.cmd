validate -
< trailing-comma.json
