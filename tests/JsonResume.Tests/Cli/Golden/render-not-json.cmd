render trailing-comma.json --to html
