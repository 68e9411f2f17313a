validate --jobs 3 valid.json old-names.json bad-dates.json wrong-types.json bad-contact.json trailing-comma.json empty.json
