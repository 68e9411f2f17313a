validate bad-dates.json wrong-types.json bad-contact.json
