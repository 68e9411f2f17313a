# meta.language picks the language when --lang is not given
render lang/meta-language.json --to text
