validate --fail-on error bad-dates.json
