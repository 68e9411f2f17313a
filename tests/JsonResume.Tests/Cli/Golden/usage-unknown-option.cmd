validate --frobnicate valid.json
