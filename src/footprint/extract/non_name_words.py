"""Capitalised words that are no part of a person's name: sentence openers and labels, page furniture, the words a
headline puts after a name, places and organisations, roles and section headings, greetings."""

from __future__ import annotations

# Capitalised words that start sentences or label things, never a person's given name.
NOT_GIVEN = {
    "the", "a", "an", "by", "our", "your", "my", "this", "that", "these", "those", "find", "see", "meet", "about",
    "contact", "book", "read", "call", "visit", "top", "best", "new", "more", "all", "view", "home", "search",
    "reviews", "ratings", "patient", "patients", "doctor", "doctors", "physician", "physicians", "providers",
    "hospital", "clinic", "center", "centre", "medical", "health", "healthcare", "care", "news", "local",
    "internal", "family", "emergency", "pediatrics", "dermatology", "in", "at", "on", "for", "and", "with",
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "mr", "mrs", "ms", "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
    "saint", "st", "mount", "lake", "port", "fort", "cape",
    "san", "santa", "los", "las",
    # The verbs a profile's facts open with, capitalised on their own line: "Speaks English and Hungarian", "Loves
    # Denali", "Joined in 2019", "Born in Erie", "Works at ...": a fact about the member, no person.
    "speaks", "loves", "joined", "studied", "trained", "works", "lives", "born", "grew", "hosting", "verified",
}  # fmt: skip

# Words that cut a name short: page furniture written right after it ("Ana Reyes View Free Details").
CUT = {"view", "see", "free", "details", "more", "profile", "report", "full", "show", "contact", "book", "call"}

# Words a title-case headline writes right after a name, which no name holds: the prepositions and conjunctions
# English capitalises in a headline (AP and Chicago headline style capitalise every word of four letters or more,
# and many sites every word) and the verbs news and community headlines put after their subject ("Dr. Lee Steps
# Down From ...", "Ann Lee Named Chief ...", "Dr. Ortiz Joins ..."). The name ends before the first of them.
# Words that are also family names are not here ("Said", "Won", "To", "On", "In", "Than", "Nor": Edward Said, Ji Won,
# Anh To): a name keeps them.
HEADLINE_BREAK = {
    "from", "with", "into", "onto", "after", "before", "over", "under", "about", "against", "among", "between",
    "during", "for", "of", "through", "toward", "towards", "at", "by", "as", "via", "without",
    "within", "and", "or", "but", "is", "are", "was", "were", "has", "have", "had", "says",
    "steps", "joins", "joined", "named", "wins", "opens", "opened", "retires", "retired", "receives",
    "received", "honored", "honoured", "leaves", "takes", "returns", "launches", "talks", "shares", "explains",
    "warns", "urges", "speaks", "celebrates", "elected", "appointed", "awarded", "earns", "donates", "hosts",
    "announces", "becomes", "sues", "sued", "charged", "accused", "settles", "faces", "answers", "offers", "helps",
    "gives", "recognized", "recognised", "selected", "inducted", "promoted", "featured", "reflects", "discusses",
    "brings", "leads", "tells", "writes", "hired", "dies", "died", "remembered", "welcomes", "visits", "weighs",
    # a day written right after the name, in a sentence or a headline ("calling Dr. Z Monday", "Dr. Roe Retires Friday")
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
}  # fmt: skip

# Words that end a name when they follow it: places, organisations, page furniture.
NOT_FAMILY = {
    "medicine", "medical", "health", "hospital", "clinic", "center", "centre", "university", "college",
    "reviews", "ratings", "profile", "street", "avenue", "road", "county", "city", "news", "dermatology",
    "pediatrics", "surgery", "associates", "group", "practice", "care", "institute", "foundation", "school",
    "team", "staff", "providers", "doctors", "physicians", "faculty", "department", "program",
    # a facility as patients shorten its name ("Yellowstone Rehab", "Mercy Hospice", "Hilltop Pharmacy")
    "rehab", "rehabilitation", "hospice", "pharmacy",
    # a publication's or a group's name ("Crossroads Blog", "Wasatch Parents", "Casco Bay Bulletin")
    "blog", "newsletter", "podcast", "forum", "forums", "bulletin", "magazine", "digest", "parents", "moms",
}  # fmt: skip

# Titles, roles and section words: a phrase holding one is a job or a heading, never a name
# ("Attending Physician", "Medical Director", "Board Certified Dermatologist", "Faculty Disclosures").
ROLES = {
    "physician", "doctor", "attending", "resident", "residents", "director", "professor", "surgeon", "specialist",
    "practitioner", "assistant", "manager", "coordinator", "officer", "president", "founder", "speaker", "speakers",
    "disclosures", "disclosure", "volunteer", "author", "editor", "reporter", "writer", "moderator", "panelist",
    "keynote", "emeritus", "clinical", "division", "certified", "board", "pediatrician", "dermatologist",
    "internist", "obstetrician", "gynecologist", "cardiologist", "psychiatrist", "neurologist", "oncologist",
    "radiologist", "anesthesiologist", "hospitalist", "ophthalmologist", "urologist", "gastroenterologist",
    "endocrinologist", "pulmonologist", "nephrologist", "rheumatologist", "allergist", "dentist", "optometrist",
    "podiatrist", "chiropractor", "veterinarian", "nursing", "therapist", "counselor", "pharmacist",
    # places and institutions written like names: "Treasure Valley", "Casco Bay", "Desert Bloom Regional"
    "valley", "springs", "river", "county", "heights", "creek", "canyon", "harbor", "harbour", "island", "beach",
    "bay", "mountain", "mountains", "regional", "memorial", "national", "international", "pavilion", "plaza",
    "suite", "campus", "symposium", "conference", "society", "association", "academy", "terrace", "ste", "blvd",
    "point", "puerto", "rocky", "trail", "trl", "cove", "lagoon", "inlet", "bayou", "peninsula",
    # a people-search page's labels: "Current Address", "Phone Numbers", "Background Report"
    "address", "addresses", "phone", "phones", "email", "emails", "relatives", "records", "report", "background",
    "details", "results", "peds", "info", "name", "names",
    # a profile's or a practice site's section headings: "Office Hours", "Insurance Accepted"
    "hours", "insurance", "insurances", "accepted", "office", "offices", "location", "locations", "services",
    "overview", "education", "training", "awards", "experience", "appointments", "appointment", "directions",
    "specialties", "conditions", "treatments", "languages", "spoken", "credentials", "affiliations",
    "testimonials", "billing", "payment", "portal", "careers", "privacy", "policy", "welcome", "information",
    # a board order's or a licence register's words: "In the Matter of", "Consent Order", "License Status"
    "of", "matter", "order", "consent", "license", "licence", "respondent", "petitioner", "accusation", "complaint",
    "stipulation", "decision", "status", "expiration", "number", "disciplinary", "probation", "reprimand",
    "surrender", "revocation", "suspension", "agreement", "action", "actions", "verification", "lookup",
    "boulevard", "drive", "parkway", "pkwy", "highway", "hwy", "circle", "ave", "rd",
    # a registry's field labels and values: "Original Issue Date", "License Type", "United States"
    "date", "dates", "issue", "issued", "expires", "renewal", "type", "united", "states", "kingdom",
    # a registry copy's rows: "PO Box 40118", "Taxonomy Code", "Mailing Address"
    "box", "taxonomy", "code", "mailing", "classification",
    # a property or tax record's sections: "Legal Description", "Total Appraisal", "Deed Book", "Sales History"
    "schools", "description", "appraisal", "appraised", "assessment", "assessor", "deed", "parcel", "subdivision",
    "grantee", "grantor", "improvements", "history", "homestead", "exemption", "exemptions",
    # a caption's lead-in and an event's name around a list of people: "Members Ann Pike, ...", "Spring Gala May 4"
    "pictured", "members", "guests", "hosts", "honorees", "attendees", "banquet", "gala", "luncheon", "picnic",
    "reunion", "ceremony", "fundraiser", "tournament", "festival", "auction", "recital", "potluck",
}  # fmt: skip

# Greetings and interjections written right before a name, capitalised as a sentence's first word.
GREETINGS = {
    "congrats", "congratulations", "thanks", "thank", "welcome", "kudos", "shoutout", "hi", "hello", "hey",
    "dear", "cheers", "bravo", "farewell", "goodbye", "rip", "happy",
}  # fmt: skip
