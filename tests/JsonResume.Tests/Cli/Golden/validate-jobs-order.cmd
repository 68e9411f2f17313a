validate --jobs 3 --quiet valid.json old-names.json bad-dates.json wrong-types.json bad-contact.json trailing-comma.json valid.json
