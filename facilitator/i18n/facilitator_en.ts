<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Agenda</name>
    <message>
        <source>{where}: {field}: {message}</source>
        <extracomment>A place in a file&apos;s data: keys of mappings and 0-based indexes of lists.</extracomment>
        <translation>{where}: {field}: {message}</translation>
    </message>
    <message>
        <source>{where}: {message}</source>
        <translation>{where}: {message}</translation>
    </message>
    <message>
        <source>agenda</source>
        <translation>agenda</translation>
    </message>
    <message>
        <source>{file}: 1 problem</source>
        <translation>{file}: 1 problem</translation>
    </message>
    <message>
        <source>{file}: {count} problems</source>
        <translation>{file}: {count} problems</translation>
    </message>
    <message>
        <source>step {number}</source>
        <translation>step {number}</translation>
    </message>
    <message>
        <source>hand-out {number}</source>
        <translation>hand-out {number}</translation>
    </message>
    <message>
        <source>section {number}</source>
        <translation>section {number}</translation>
    </message>
    <message>
        <source>document {number}</source>
        <translation>document {number}</translation>
    </message>
    <message>
        <source>card {number}</source>
        <translation>card {number}</translation>
    </message>
    <message>
        <source>figure {number}</source>
        <translation>figure {number}</translation>
    </message>
    <message>
        <source>phase {number}</source>
        <translation>phase {number}</translation>
    </message>
    <message>
        <source>checklist {number}</source>
        <translation>checklist {number}</translation>
    </message>
    <message>
        <source>reference {number}</source>
        <translation>reference {number}</translation>
    </message>
    <message>
        <source>projected item {number}</source>
        <translation>projected item {number}</translation>
    </message>
    <message>
        <source>question {number}</source>
        <translation>question {number}</translation>
    </message>
    <message>
        <source>item {number}</source>
        <translation>item {number}</translation>
    </message>
    <message>
        <source>example {number}</source>
        <translation>example {number}</translation>
    </message>
    <message>
        <source>material {number}</source>
        <translation>material {number}</translation>
    </message>
    <message>
        <source>objective {number}</source>
        <translation>objective {number}</translation>
    </message>
    <message>
        <source>library file {number}</source>
        <translation>library file {number}</translation>
    </message>
    <message>
        <source>trainer-only heading {number}</source>
        <translation>trainer-only heading {number}</translation>
    </message>
    <message>
        <source>{list} → item {number}</source>
        <translation>{list} → item {number}</translation>
    </message>
    <message>
        <source>{entry} (id &apos;{id}&apos;)</source>
        <translation>{entry} (id &apos;{id}&apos;)</translation>
    </message>
    <message>
        <source>1 minute</source>
        <translation>1 minute</translation>
    </message>
    <message>
        <source>{minutes} minutes</source>
        <translation>{minutes} minutes</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nothing</translation>
    </message>
    <message>
        <source>a yes/no value</source>
        <translation>a yes/no value</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>a list</translation>
    </message>
    <message>
        <source>a group of fields</source>
        <translation>a group of fields</translation>
    </message>
    <message>
        <source>a value of an unknown kind</source>
        <translation>a value of an unknown kind</translation>
    </message>
    <message>
        <source>a group size needs 1 &lt;= least &lt;= most, not {size}</source>
        <extracomment>``groups: same``: the groups made in an earlier step carry on.</extracomment>
        <translation>a group size needs 1 &lt;= least &lt;= most, not {size}</translation>
    </message>
    <message>
        <source>write a size range such as &apos;3-5&apos;, &apos;pairs&apos;, a fixed size such as &apos;4&apos;, or &apos;same&apos; for the groups made in an earlier step</source>
        <extracomment>Pairs: groups of two. What a step&apos;s ``groups`` field holds: a size, or ``&quot;same&quot;`` (the groups made earlier).</extracomment>
        <translation>write a size range such as &apos;3-5&apos;, &apos;pairs&apos;, a fixed size such as &apos;4&apos;, or &apos;same&apos; for the groups made in an earlier step</translation>
    </message>
    <message>
        <source>&apos;same&apos; is not a size: write a size range such as &apos;3-5&apos;, &apos;pairs&apos; or a fixed size such as &apos;4&apos;</source>
        <translation>&apos;same&apos; is not a size: write a size range such as &apos;3-5&apos;, &apos;pairs&apos; or a fixed size such as &apos;4&apos;</translation>
    </message>
    <message>
        <source>must be a group size, not a yes/no value: {how}</source>
        <translation>must be a group size, not a yes/no value: {how}</translation>
    </message>
    <message>
        <source>a group has a whole number of people, not {value}: {how}</source>
        <translation>a group has a whole number of people, not {value}: {how}</translation>
    </message>
    <message>
        <source>must be a group size: {how}</source>
        <translation>must be a group size: {how}</translation>
    </message>
    <message>
        <source>{value} is not a size this app reads: write &apos;pairs&apos;</source>
        <translation>{value} is not a size this app reads: write &apos;pairs&apos;</translation>
    </message>
    <message>
        <source>{value} is not a group size: {how}</source>
        <translation>{value} is not a group size: {how}</translation>
    </message>
    <message>
        <source>&apos;{size}&apos; goes from more to fewer people: write the smaller number first, &apos;{most}-{least}&apos;</source>
        <translation>&apos;{size}&apos; goes from more to fewer people: write the smaller number first, &apos;{most}-{least}&apos;</translation>
    </message>
    <message>
        <source>a group has at least 2 people, so the range starts at 2 or more</source>
        <translation>a group has at least 2 people, so the range starts at 2 or more</translation>
    </message>
    <message>
        <source>a group has at least 2 people, not {size}</source>
        <translation>a group has at least 2 people, not {size}</translation>
    </message>
    <message>
        <source>a group has at most {most} people, not {size}</source>
        <translation>a group has at most {most} people, not {size}</translation>
    </message>
    <message>
        <source>&apos;{file}&apos; is listed twice</source>
        <extracomment>Files not yet saved (an editor&apos;s), by resolved path: read instead of the disk.</extracomment>
        <translation>&apos;{file}&apos; is listed twice</translation>
    </message>
    <message>
        <source>&apos;{file}&apos; not found (looked for {path})</source>
        <translation>&apos;{file}&apos; not found (looked for {path})</translation>
    </message>
    <message>
        <source>&apos;{file}&apos; is not a library file: it lacks &apos;kind: library&apos;</source>
        <translation>&apos;{file}&apos; is not a library file: it lacks &apos;kind: library&apos;</translation>
    </message>
    <message>
        <source>this is not a library file: it lacks &apos;kind: library&apos;</source>
        <translation>this is not a library file: it lacks &apos;kind: library&apos;</translation>
    </message>
    <message>
        <source>this is a library file, not a session: open a session file that names it under &apos;library:&apos;</source>
        <translation>this is a library file, not a session: open a session file that names it under &apos;library:&apos;</translation>
    </message>
    <message>
        <source>{message} (did you mean &apos;{guess}&apos;?)</source>
        <translation>{message} (did you mean &apos;{guess}&apos;?)</translation>
    </message>
    <message>
        <source>{message}; allowed here: {allowed}</source>
        <translation>{message}; allowed here: {allowed}</translation>
    </message>
    <message>
        <source>{value} is not a valid id: use only lower-case letters (a-z), digits and hyphens (-), starting with a letter or digit, e.g. &apos;kaart-a&apos;</source>
        <translation>{value} is not a valid id: use only lower-case letters (a-z), digits and hyphens (-), starting with a letter or digit, e.g. &apos;kaart-a&apos;</translation>
    </message>
    <message>
        <source>{value} is not a valid reference: write &apos;&lt;hand-out id&gt;/&lt;document or card id&gt;&apos;, e.g. &apos;hand-out-2/kaart-a&apos;</source>
        <translation>{value} is not a valid reference: write &apos;&lt;hand-out id&gt;/&lt;document or card id&gt;&apos;, e.g. &apos;hand-out-2/kaart-a&apos;</translation>
    </message>
    <message>
        <source>{value} is not a language code: write e.g. &apos;nl&apos;, &apos;en&apos; or &apos;en-GB&apos;</source>
        <translation>{value} is not a language code: write e.g. &apos;nl&apos;, &apos;en&apos; or &apos;en-GB&apos;</translation>
    </message>
    <message>
        <source>{value} is not written in the expected form ({pattern})</source>
        <translation>{value} is not written in the expected form ({pattern})</translation>
    </message>
    <message>
        <source>is empty: write the text after the colon</source>
        <translation>is empty: write the text after the colon</translation>
    </message>
    <message>
        <source>must be text; put it in quotes, because yes/no/on/off/true/false on their own are read as a yes/no value</source>
        <translation>must be text; put it in quotes, because yes/no/on/off/true/false on their own are read as a yes/no value</translation>
    </message>
    <message>
        <source>must be text; put the number in quotes, e.g. &quot;{number}&quot;</source>
        <translation>must be text; put the number in quotes, e.g. &quot;{number}&quot;</translation>
    </message>
    <message>
        <source>must be text, not {value}</source>
        <translation>must be text, not {value}</translation>
    </message>
    <message>
        <source>must be a number; use a decimal point, not a comma ({value})</source>
        <translation>must be a number; use a decimal point, not a comma ({value})</translation>
    </message>
    <message>
        <source>must be a number, not {value}</source>
        <translation>must be a number, not {value}</translation>
    </message>
    <message>
        <source>required field &apos;{field}&apos; is missing; start the file with &apos;format: 1&apos;</source>
        <translation>required field &apos;{field}&apos; is missing; start the file with &apos;format: 1&apos;</translation>
    </message>
    <message>
        <source>required field &apos;{field}&apos; is missing</source>
        <translation>required field &apos;{field}&apos; is missing</translation>
    </message>
    <message>
        <source>unknown field &apos;{field}&apos;</source>
        <translation>unknown field &apos;{field}&apos;</translation>
    </message>
    <message>
        <source>unknown kind of projected item &apos;{kind}&apos;</source>
        <translation>unknown kind of projected item &apos;{kind}&apos;</translation>
    </message>
    <message>
        <source>a projected item starts with its kind, e.g. &apos;text: ...&apos; or &apos;question: ...&apos;; kinds: {kinds}</source>
        <translation>a projected item starts with its kind, e.g. &apos;text: ...&apos; or &apos;question: ...&apos;; kinds: {kinds}</translation>
    </message>
    <message>
        <source>must be a whole number, not {value}</source>
        <translation>must be a whole number, not {value}</translation>
    </message>
    <message>
        <source>must be yes or no, not {value}</source>
        <translation>must be yes or no, not {value}</translation>
    </message>
    <message>
        <source>is empty: give a list (lines starting with &apos;- &apos;) or leave the field out</source>
        <translation>is empty: give a list (lines starting with &apos;- &apos;) or leave the field out</translation>
    </message>
    <message>
        <source>must be a list (lines starting with &apos;- &apos;), not {value}</source>
        <translation>must be a list (lines starting with &apos;- &apos;), not {value}</translation>
    </message>
    <message>
        <source>must be a group of fields (lines like &apos;title: ...&apos;), not {value}</source>
        <translation>must be a group of fields (lines like &apos;title: ...&apos;), not {value}</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>must not be empty</translation>
    </message>
    <message>
        <source>is too long: at most {most} characters</source>
        <translation>is too long: at most {most} characters</translation>
    </message>
    <message>
        <source>needs at least 1 entry</source>
        <translation>needs at least 1 entry</translation>
    </message>
    <message>
        <source>needs at least {least} entries</source>
        <translation>needs at least {least} entries</translation>
    </message>
    <message>
        <source>may have at most {most} entries</source>
        <translation>may have at most {most} entries</translation>
    </message>
    <message>
        <source>may have at most {most} entries, not {count}</source>
        <translation>may have at most {most} entries, not {count}</translation>
    </message>
    <message>
        <source>{value} is not a value this field accepts</source>
        <translation>{value} is not a value this field accepts</translation>
    </message>
    <message>
        <source>this app reads agenda format 1, not {value}; write &apos;format: 1&apos;</source>
        <translation>this app reads agenda format 1, not {value}; write &apos;format: 1&apos;</translation>
    </message>
    <message>
        <source>must be &apos;session&apos; or &apos;library&apos;, not {value} (a session file may leave it out)</source>
        <translation>must be &apos;session&apos; or &apos;library&apos;, not {value} (a session file may leave it out)</translation>
    </message>
    <message>
        <source>must be one of the allowed values</source>
        <translation>must be one of the allowed values</translation>
    </message>
    <message>
        <source>must be {expected}</source>
        <translation>must be {expected}</translation>
    </message>
    <message>
        <source>{choices} or {last}</source>
        <translation>{choices} or {last}</translation>
    </message>
    <message>
        <source>must be more than {limit}</source>
        <translation>must be more than {limit}</translation>
    </message>
    <message>
        <source>must be at least {limit}</source>
        <translation>must be at least {limit}</translation>
    </message>
    <message>
        <source>must be less than {limit}</source>
        <translation>must be less than {limit}</translation>
    </message>
    <message>
        <source>must be at most 1440 minutes (24 hours)</source>
        <translation>must be at most 1440 minutes (24 hours)</translation>
    </message>
    <message>
        <source>must be at most {limit}</source>
        <translation>must be at most {limit}</translation>
    </message>
    <message>
        <source>must be how many each group gets, a whole number from 1 to {most}, or &apos;all&apos; (every one to every group)</source>
        <extracomment>The models&apos; own error types (``PydanticCustomError``), worded here in the interface&apos;s language; their ``ctx`` fills the placeholders.</extracomment>
        <translation>must be how many each group gets, a whole number from 1 to {most}, or &apos;all&apos; (every one to every group)</translation>
    </message>
    <message>
        <source>say what each group gets: &apos;cards: 2&apos; (two cards per group) or &apos;documents: all&apos; (every document to every group)</source>
        <translation>say what each group gets: &apos;cards: 2&apos; (two cards per group) or &apos;documents: all&apos; (every document to every group)</translation>
    </message>
    <message>
        <source>write &apos;turns: yes&apos; (every group a turn, the step&apos;s time shared out) or &apos;turns:&apos; with &apos;minutes: 2&apos; under it (about 2 minutes per group)</source>
        <translation>write &apos;turns: yes&apos; (every group a turn, the step&apos;s time shared out) or &apos;turns:&apos; with &apos;minutes: 2&apos; under it (about 2 minutes per group)</translation>
    </message>
    <message>
        <source>duration is {duration} but the steps add up to {total}</source>
        <translation>duration is {duration} but the steps add up to {total}</translation>
    </message>
    <message>
        <source>the id &apos;{id}&apos; is used twice in this hand-out: also by {other}</source>
        <translation>the id &apos;{id}&apos; is used twice in this hand-out: also by {other}</translation>
    </message>
    <message>
        <source>is {minutes}, more than the step&apos;s {step}</source>
        <translation>is {minutes}, more than the step&apos;s {step}</translation>
    </message>
    <message>
        <source>the id &apos;{id}&apos; is also used in library file {file}</source>
        <translation>the id &apos;{id}&apos; is also used in library file {file}</translation>
    </message>
    <message>
        <source>the id &apos;{id}&apos; is used twice: also by {other} (line {line})</source>
        <translation>the id &apos;{id}&apos; is used twice: also by {other} (line {line})</translation>
    </message>
    <message>
        <source>warning at {warning} left is not less than the step&apos;s {step}</source>
        <translation>warning at {warning} left is not less than the step&apos;s {step}</translation>
    </message>
    <message>
        <source>the session&apos;s warning at {warning} left is not less than the step&apos;s {step}</source>
        <translation>the session&apos;s warning at {warning} left is not less than the step&apos;s {step}</translation>
    </message>
    <message>
        <source>danger at {danger} left comes before warning at {warning} left; danger must be at most the warning</source>
        <translation>danger at {danger} left comes before warning at {warning} left; danger must be at most the warning</translation>
    </message>
    <message>
        <source>danger at {danger} left comes before the session&apos;s warning at {warning} left; danger must be at most the warning</source>
        <translation>danger at {danger} left comes before the session&apos;s warning at {warning} left; danger must be at most the warning</translation>
    </message>
    <message>
        <source>danger at {danger} left comes before the default warning at {warning} left; danger must be at most the warning</source>
        <translation>danger at {danger} left comes before the default warning at {warning} left; danger must be at most the warning</translation>
    </message>
    <message>
        <source>the session&apos;s danger at {danger} left comes before warning at {warning} left; danger must be at most the warning</source>
        <translation>the session&apos;s danger at {danger} left comes before warning at {warning} left; danger must be at most the warning</translation>
    </message>
    <message>
        <source>the session&apos;s danger at {danger} left comes before the default warning at {warning} left; danger must be at most the warning</source>
        <translation>the session&apos;s danger at {danger} left comes before the default warning at {warning} left; danger must be at most the warning</translation>
    </message>
    <message>
        <source>the default danger at {danger} left comes before warning at {warning} left; danger must be at most the warning</source>
        <translation>the default danger at {danger} left comes before warning at {warning} left; danger must be at most the warning</translation>
    </message>
    <message>
        <source>the default danger at {danger} left comes before the session&apos;s warning at {warning} left; danger must be at most the warning</source>
        <translation>the default danger at {danger} left comes before the session&apos;s warning at {warning} left; danger must be at most the warning</translation>
    </message>
    <message>
        <source>the default danger at {danger} left comes before the default warning at {warning} left; danger must be at most the warning</source>
        <translation>the default danger at {danger} left comes before the default warning at {warning} left; danger must be at most the warning</translation>
    </message>
    <message>
        <source>there is no hand-out &apos;{id}&apos; in this file</source>
        <translation>there is no hand-out &apos;{id}&apos; in this file</translation>
    </message>
    <message>
        <source>there is no document or card &apos;{id}&apos; in hand-out &apos;{handout}&apos;</source>
        <translation>there is no document or card &apos;{id}&apos; in hand-out &apos;{handout}&apos;</translation>
    </message>
    <message>
        <source>there is no section &apos;{id}&apos; in this file or its library files</source>
        <translation>there is no section &apos;{id}&apos; in this file or its library files</translation>
    </message>
    <message>
        <source>{message}: there are none</source>
        <translation>{message}: there are none</translation>
    </message>
    <message>
        <source>{message}; there are: {names}</source>
        <translation>{message}; there are: {names}</translation>
    </message>
    <message>
        <source>the heading &apos;{heading}&apos; is listed twice</source>
        <translation>the heading &apos;{heading}&apos; is listed twice</translation>
    </message>
    <message>
        <source>there is no heading &apos;{heading}&apos; in this section&apos;s body or closing</source>
        <translation>there is no heading &apos;{heading}&apos; in this section&apos;s body or closing</translation>
    </message>
    <message>
        <source>{message}: it has no headings (a heading is a line starting with &apos;#&apos;)</source>
        <translation>{message}: it has no headings (a heading is a line starting with &apos;#&apos;)</translation>
    </message>
    <message>
        <source>{message}; its headings are: {headings}</source>
        <translation>{message}; its headings are: {headings}</translation>
    </message>
    <message>
        <source>&apos;same&apos; carries on the groups of an earlier step, but no earlier step makes groups: give a size here, such as &apos;groups: 3-5&apos; or &apos;groups: pairs&apos;</source>
        <translation>&apos;same&apos; carries on the groups of an earlier step, but no earlier step makes groups: give a size here, such as &apos;groups: 3-5&apos; or &apos;groups: pairs&apos;</translation>
    </message>
    <message>
        <source>a turn of {turn} is longer than the step&apos;s {step}</source>
        <translation>a turn of {turn} is longer than the step&apos;s {step}</translation>
    </message>
    <message>
        <source>this step deals material to groups, but it has no groups: add &apos;groups: same&apos; (the groups of an earlier step) or a size such as &apos;groups: 3-5&apos;</source>
        <translation>this step deals material to groups, but it has no groups: add &apos;groups: same&apos; (the groups of an earlier step) or a size such as &apos;groups: 3-5&apos;</translation>
    </message>
    <message>
        <source>this step has group turns, but it has no groups: add &apos;groups: same&apos; (the groups of an earlier step) or a size such as &apos;groups: 3-5&apos;</source>
        <translation>this step has group turns, but it has no groups: add &apos;groups: same&apos; (the groups of an earlier step) or a size such as &apos;groups: 3-5&apos;</translation>
    </message>
    <message>
        <source>hand-out &apos;{handout}&apos; has no cards</source>
        <translation>hand-out &apos;{handout}&apos; has no cards</translation>
    </message>
    <message>
        <source>hand-out &apos;{handout}&apos; has no cards: it has documents, deal those with &apos;documents: ...&apos;</source>
        <translation>hand-out &apos;{handout}&apos; has no cards: it has documents, deal those with &apos;documents: ...&apos;</translation>
    </message>
    <message>
        <source>hand-out &apos;{handout}&apos; has no documents</source>
        <translation>hand-out &apos;{handout}&apos; has no documents</translation>
    </message>
    <message>
        <source>hand-out &apos;{handout}&apos; has no documents: it has cards, deal those with &apos;cards: ...&apos;</source>
        <translation>hand-out &apos;{handout}&apos; has no documents: it has cards, deal those with &apos;cards: ...&apos;</translation>
    </message>
    <message>
        <source>{per_group} cards per group, but hand-out &apos;{handout}&apos; has only 1 card; write 1 or &apos;all&apos;</source>
        <translation>{per_group} cards per group, but hand-out &apos;{handout}&apos; has only 1 card; write 1 or &apos;all&apos;</translation>
    </message>
    <message>
        <source>{per_group} cards per group, but hand-out &apos;{handout}&apos; has only {have} cards; write {have} or &apos;all&apos;</source>
        <translation>{per_group} cards per group, but hand-out &apos;{handout}&apos; has only {have} cards; write {have} or &apos;all&apos;</translation>
    </message>
    <message>
        <source>{per_group} documents per group, but hand-out &apos;{handout}&apos; has only 1 document; write 1 or &apos;all&apos;</source>
        <translation>{per_group} documents per group, but hand-out &apos;{handout}&apos; has only 1 document; write 1 or &apos;all&apos;</translation>
    </message>
    <message>
        <source>{per_group} documents per group, but hand-out &apos;{handout}&apos; has only {have} documents; write {have} or &apos;all&apos;</source>
        <translation>{per_group} documents per group, but hand-out &apos;{handout}&apos; has only {have} documents; write {have} or &apos;all&apos;</translation>
    </message>
    <message>
        <source>this app does not accept YAML anchors and aliases (&amp;name / *name); write the text out in full</source>
        <extracomment>The largest agenda file read, in bytes (1 MB; the longest real agenda is ~50 kB). The deepest nesting of lists and fields accepted (a real agenda needs about 7). The most values (field names, texts, numbers, lists) in one file; a full session has a few hundred. Parsing is slow enough that this bounds the time spent (~1 s). The most problems reported for one file; the rest are counted.</extracomment>
        <translation>this app does not accept YAML anchors and aliases (&amp;name / *name); write the text out in full</translation>
    </message>
    <message>
        <source>a tab is used here; YAML needs spaces for indentation, not tabs</source>
        <translation>a tab is used here; YAML needs spaces for indentation, not tabs</translation>
    </message>
    <message>
        <source>a line lacks the &apos;:&apos; after its field name, or a long text goes on to the next line without being indented further</source>
        <translation>a line lacks the &apos;:&apos; after its field name, or a long text goes on to the next line without being indented further</translation>
    </message>
    <message>
        <source>a &apos;:&apos; appears where it is not expected; check the indentation, or put text that contains &apos;: &apos; in quotes</source>
        <translation>a &apos;:&apos; appears where it is not expected; check the indentation, or put text that contains &apos;: &apos; in quotes</translation>
    </message>
    <message>
        <source>the file holds more than one YAML document (a second &apos;---&apos; line); an agenda file is one document</source>
        <translation>the file holds more than one YAML document (a second &apos;---&apos; line); an agenda file is one document</translation>
    </message>
    <message>
        <source>the file ends inside a quoted text; is a closing quote missing?</source>
        <translation>the file ends inside a quoted text; is a closing quote missing?</translation>
    </message>
    <message>
        <source>the indentation is wrong here: line this up with the lines it belongs with</source>
        <translation>the indentation is wrong here: line this up with the lines it belongs with</translation>
    </message>
    <message>
        <source>and {count} more problems not shown</source>
        <translation>and {count} more problems not shown</translation>
    </message>
    <message>
        <source>this is a folder, not a file: choose a .yaml file inside it</source>
        <translation>this is a folder, not a file: choose a .yaml file inside it</translation>
    </message>
    <message>
        <source>this is not an ordinary file</source>
        <translation>this is not an ordinary file</translation>
    </message>
    <message>
        <source>file not found (looked for {path})</source>
        <translation>file not found (looked for {path})</translation>
    </message>
    <message>
        <source>no permission to read this file</source>
        <translation>no permission to read this file</translation>
    </message>
    <message>
        <source>cannot read this file: {reason}</source>
        <translation>cannot read this file: {reason}</translation>
    </message>
    <message>
        <source>the file is too large ({size} bytes); an agenda file may be at most 1 MB</source>
        <translation>the file is too large ({size} bytes); an agenda file may be at most 1 MB</translation>
    </message>
    <message>
        <source>this file is saved as UTF-16; save it as UTF-8 in your editor</source>
        <translation>this file is saved as UTF-16; save it as UTF-8 in your editor</translation>
    </message>
    <message>
        <source>this is not a text file: it contains binary data (a NUL byte); an agenda is a text file in YAML</source>
        <translation>this is not a text file: it contains binary data (a NUL byte); an agenda is a text file in YAML</translation>
    </message>
    <message>
        <source>this file is not UTF-8 text (byte {byte} at column {column}); save it as UTF-8 in your editor</source>
        <translation>this file is not UTF-8 text (byte {byte} at column {column}); save it as UTF-8 in your editor</translation>
    </message>
    <message>
        <source>the file holds more than {count} values; an agenda never needs that many</source>
        <translation>the file holds more than {count} values; an agenda never needs that many</translation>
    </message>
    <message>
        <source>the file is nested more than {levels} levels deep; an agenda never needs that many</source>
        <translation>the file is nested more than {levels} levels deep; an agenda never needs that many</translation>
    </message>
    <message>
        <source>the file contains a character that YAML does not allow ({character}) at column {column}; remove it</source>
        <translation>the file contains a character that YAML does not allow ({character}) at column {column}; remove it</translation>
    </message>
    <message>
        <source>this is not valid YAML: {problem}</source>
        <translation>this is not valid YAML: {problem}</translation>
    </message>
    <message>
        <source>{message} (column {column})</source>
        <translation>{message} (column {column})</translation>
    </message>
    <message>
        <source>the file is nested too deeply (at most {levels} levels)</source>
        <translation>the file is nested too deeply (at most {levels} levels)</translation>
    </message>
    <message>
        <source>the YAML tag &apos;{tag}&apos; is not allowed; an agenda holds only text, numbers, lists and fields</source>
        <translation>the YAML tag &apos;{tag}&apos; is not allowed; an agenda holds only text, numbers, lists and fields</translation>
    </message>
    <message>
        <source>a field name must be a plain word</source>
        <translation>a field name must be a plain word</translation>
    </message>
    <message>
        <source>merge keys (&apos;&lt;&lt;&apos;) are not accepted: write the fields out in full</source>
        <translation>merge keys (&apos;&lt;&lt;&apos;) are not accepted: write the fields out in full</translation>
    </message>
    <message>
        <source>this field appears twice (first on line {line}); keep one</source>
        <translation>this field appears twice (first on line {line}); keep one</translation>
    </message>
    <message>
        <source>cannot read {value} as {tag}</source>
        <translation>cannot read {value} as {tag}</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>the file is empty</translation>
    </message>
    <message>
        <source>the file must consist of fields such as &apos;format: 1&apos; and &apos;title: ...&apos;, but it starts with a list</source>
        <translation>the file must consist of fields such as &apos;format: 1&apos; and &apos;title: ...&apos;, but it starts with a list</translation>
    </message>
    <message>
        <source>the file must consist of fields such as &apos;format: 1&apos; and &apos;title: ...&apos;, but it starts with text</source>
        <translation>the file must consist of fields such as &apos;format: 1&apos; and &apos;title: ...&apos;, but it starts with text</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Rehearse this session</source>
        <translation>Rehearse this session</translation>
    </message>
    <message>
        <source>A session is under way. End it and start a rehearsal of this session?</source>
        <translation>A session is under way. End it and start a rehearsal of this session?</translation>
    </message>
    <message>
        <source>Session finished. File &gt; Reports… (Ctrl+Shift+R) shows where the time went.</source>
        <translation>Session finished. File &gt; Reports… (Ctrl+Shift+R) shows where the time went.</translation>
    </message>
    <message>
        <source>This agenda cannot be opened</source>
        <translation>This agenda cannot be opened</translation>
    </message>
    <message>
        <source>The agenda file has problems; nothing was changed.</source>
        <translation>The agenda file has problems; nothing was changed.</translation>
    </message>
    <message>
        <source>Fix the file in a text editor and open it again.</source>
        <translation>Fix the file in a text editor and open it again.</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Something went wrong</translation>
    </message>
    <message>
        <source>Facilitator hit an unexpected problem. The session goes on; details were written to {file}.</source>
        <translation>Facilitator hit an unexpected problem. The session goes on; details were written to {file}.</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>&amp;Start / Pause</source>
        <translation>&amp;Start / Pause</translation>
    </message>
    <message>
        <source>Start the session, or pause and resume the countdown</source>
        <translation>Start the session, or pause and resume the countdown</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <source>Pause the countdown (a clicker&apos;s stop button)</source>
        <translation>Pause the countdown (a clicker&apos;s stop button)</translation>
    </message>
    <message>
        <source>&amp;Next step</source>
        <translation>&amp;Next step</translation>
    </message>
    <message>
        <source>End this step and start the next one</source>
        <translation>End this step and start the next one</translation>
    </message>
    <message>
        <source>Pre&amp;vious step</source>
        <translation>Pre&amp;vious step</translation>
    </message>
    <message>
        <source>Go back to the previous step</source>
        <translation>Go back to the previous step</translation>
    </message>
    <message>
        <source>Next projected &amp;item</source>
        <translation>Next projected &amp;item</translation>
    </message>
    <message>
        <source>Show the step&apos;s next item on the projector</source>
        <translation>Show the step&apos;s next item on the projector</translation>
    </message>
    <message>
        <source>Next item</source>
        <translation>Next item</translation>
    </message>
    <message>
        <source>&amp;Previous projected item</source>
        <translation>&amp;Previous projected item</translation>
    </message>
    <message>
        <source>Show the step&apos;s previous item on the projector</source>
        <translation>Show the step&apos;s previous item on the projector</translation>
    </message>
    <message>
        <source>Previous item</source>
        <translation>Previous item</translation>
    </message>
    <message>
        <source>&amp;Black screen</source>
        <translation>&amp;Black screen</translation>
    </message>
    <message>
        <source>Black out the projector, or show it again</source>
        <translation>Black out the projector, or show it again</translation>
    </message>
    <message>
        <source>&amp;Add a minute</source>
        <translation>&amp;Add a minute</translation>
    </message>
    <message>
        <source>Give the current step one more minute</source>
        <translation>Give the current step one more minute</translation>
    </message>
    <message>
        <source>&amp;Remove a minute</source>
        <translation>&amp;Remove a minute</translation>
    </message>
    <message>
        <source>Take one minute from the current step</source>
        <translation>Take one minute from the current step</translation>
    </message>
    <message>
        <source>Restart st&amp;ep</source>
        <translation>Restart st&amp;ep</translation>
    </message>
    <message>
        <source>Start the current step&apos;s countdown again from its full time</source>
        <translation>Start the current step&apos;s countdown again from its full time</translation>
    </message>
    <message>
        <source>&amp;Open agenda…</source>
        <translation>&amp;Open agenda…</translation>
    </message>
    <message>
        <source>Open a session agenda (YAML file)</source>
        <translation>Open a session agenda (YAML file)</translation>
    </message>
    <message>
        <source>Projector f&amp;ull screen</source>
        <translation>Projector f&amp;ull screen</translation>
    </message>
    <message>
        <source>Show the projector window full screen, or as a window</source>
        <translation>Show the projector window full screen, or as a window</translation>
    </message>
    <message>
        <source>Sh&amp;ow projector</source>
        <translation>Sh&amp;ow projector</translation>
    </message>
    <message>
        <source>Show the projector window again (after it was closed), full screen on its screen</source>
        <translation>Show the projector window again (after it was closed), full screen on its screen</translation>
    </message>
    <message>
        <source>&amp;Freeze projector</source>
        <translation>&amp;Freeze projector</translation>
    </message>
    <message>
        <source>Keep the projector&apos;s picture while you browse ahead; again to go live</source>
        <translation>Keep the projector&apos;s picture while you browse ahead; again to go live</translation>
    </message>
    <message>
        <source>&amp;Title screen</source>
        <translation>&amp;Title screen</translation>
    </message>
    <message>
        <source>Show the session&apos;s title, the date and your name on the projector, or the item again</source>
        <translation>Show the session&apos;s title, the date and your name on the projector, or the item again</translation>
    </message>
    <message>
        <source>Ne&amp;xt timer style</source>
        <translation>Ne&amp;xt timer style</translation>
    </message>
    <message>
        <source>Projector timer: large digits, small in a corner, hidden, disc</source>
        <translation>Projector timer: large digits, small in a corner, hidden, disc</translation>
    </message>
    <message>
        <source>Next th&amp;eme</source>
        <translation>Next th&amp;eme</translation>
    </message>
    <message>
        <source>Projector colours: dark, light, high contrast</source>
        <translation>Projector colours: dark, light, high contrast</translation>
    </message>
    <message>
        <source>F&amp;lash at the end of a step</source>
        <translation>F&amp;lash at the end of a step</translation>
    </message>
    <message>
        <source>Flash the projector briefly when a step&apos;s time is up</source>
        <translation>Flash the projector briefly when a step&apos;s time is up</translation>
    </message>
    <message>
        <source>&amp;Move projector to next screen</source>
        <translation>&amp;Move projector to next screen</translation>
    </message>
    <message>
        <source>Put the projector window full screen on the next screen</source>
        <translation>Put the projector window full screen on the next screen</translation>
    </message>
    <message>
        <source>S&amp;wap presenter and projector</source>
        <translation>S&amp;wap presenter and projector</translation>
    </message>
    <message>
        <source>Exchange the screens of the presenter and the projector windows</source>
        <translation>Exchange the screens of the presenter and the projector windows</translation>
    </message>
    <message>
        <source>Trainer &amp;name…</source>
        <translation>Trainer &amp;name…</translation>
    </message>
    <message>
        <source>Your name, shown on the projector&apos;s title screen</source>
        <translation>Your name, shown on the projector&apos;s title screen</translation>
    </message>
    <message>
        <source>&amp;Make groups…</source>
        <translation>&amp;Make groups…</translation>
    </message>
    <message>
        <source>Make groups for this step from a number of people or a list of names</source>
        <translation>Make groups for this step from a number of people or a list of names</translation>
    </message>
    <message>
        <source>Reshu&amp;ffle groups</source>
        <translation>Reshu&amp;ffle groups</translation>
    </message>
    <message>
        <source>Other groups of the same size, mixing people who were together</source>
        <translation>Other groups of the same size, mixing people who were together</translation>
    </message>
    <message>
        <source>&amp;Someone arrives…</source>
        <translation>&amp;Someone arrives…</translation>
    </message>
    <message>
        <source>A late arrival joins the smallest group; nobody else moves</source>
        <translation>A late arrival joins the smallest group; nobody else moves</translation>
    </message>
    <message>
        <source>Someone &amp;leaves…</source>
        <translation>Someone &amp;leaves…</translation>
    </message>
    <message>
        <source>Take someone out of the groups; only as few people move as keep the groups in range</source>
        <translation>Take someone out of the groups; only as few people move as keep the groups in range</translation>
    </message>
    <message>
        <source>&amp;Groups on the projector</source>
        <translation>&amp;Groups on the projector</translation>
    </message>
    <message>
        <source>Show the groups on the projector, or take them off</source>
        <translation>Show the groups on the projector, or take them off</translation>
    </message>
    <message>
        <source>&amp;Deal cards or documents…</source>
        <translation>&amp;Deal cards or documents…</translation>
    </message>
    <message>
        <source>Give each group its cards or documents from a hand-out</source>
        <translation>Give each group its cards or documents from a hand-out</translation>
    </message>
    <message>
        <source>Dealt material &amp;on the projector</source>
        <translation>Dealt material &amp;on the projector</translation>
    </message>
    <message>
        <source>Show on the projector what each group was given, or take it off</source>
        <translation>Show on the projector what each group was given, or take it off</translation>
    </message>
    <message>
        <source>Group t&amp;urns…</source>
        <translation>Group t&amp;urns…</translation>
    </message>
    <message>
        <source>A turn per group in this step, each with its own countdown</source>
        <translation>A turn per group in this step, each with its own countdown</translation>
    </message>
    <message>
        <source>Ne&amp;xt group&apos;s turn</source>
        <translation>Ne&amp;xt group&apos;s turn</translation>
    </message>
    <message>
        <source>Start the next group&apos;s turn (the turn under way ends); after the last, end it</source>
        <translation>Start the next group&apos;s turn (the turn under way ends); after the last, end it</translation>
    </message>
    <message>
        <source>&amp;End this turn</source>
        <translation>&amp;End this turn</translation>
    </message>
    <message>
        <source>End the turn under way; the next group waits for you</source>
        <translation>End the turn under way; the next group waits for you</translation>
    </message>
    <message>
        <source>S&amp;kip the next turn</source>
        <translation>S&amp;kip the next turn</translation>
    </message>
    <message>
        <source>Skip the next group&apos;s turn before it starts</source>
        <translation>Skip the next group&apos;s turn before it starts</translation>
    </message>
    <message>
        <source>&amp;Redo this turn</source>
        <translation>&amp;Redo this turn</translation>
    </message>
    <message>
        <source>Give the group of the turn under way (or the last one) another turn, next</source>
        <translation>Give the group of the turn under way (or the last one) another turn, next</translation>
    </message>
    <message>
        <source>&amp;Add a turn…</source>
        <translation>&amp;Add a turn…</translation>
    </message>
    <message>
        <source>One more turn for a group, after the others</source>
        <translation>One more turn for a group, after the others</translation>
    </message>
    <message>
        <source>Time &amp;per turn…</source>
        <translation>Time &amp;per turn…</translation>
    </message>
    <message>
        <source>Set the time of each turn (the one under way and those waiting)</source>
        <translation>Set the time of each turn (the one under way and those waiting)</translation>
    </message>
    <message>
        <source>&amp;Turn on the projector</source>
        <translation>&amp;Turn on the projector</translation>
    </message>
    <message>
        <source>Show whose turn it is, their countdown and who is next; or take it off</source>
        <translation>Show whose turn it is, their countdown and who is next; or take it off</translation>
    </message>
    <message>
        <source>P&amp;hones in the room</source>
        <translation>P&amp;hones in the room</translation>
    </message>
    <message>
        <source>Start or stop the server that lets participants join from their phones (QR and code in the Phones tab)</source>
        <translation>Start or stop the server that lets participants join from their phones (QR and code in the Phones tab)</translation>
    </message>
    <message>
        <source>&amp;Join screen on the projector</source>
        <translation>&amp;Join screen on the projector</translation>
    </message>
    <message>
        <source>Show how phones join (QR code, address, room code); or take it off</source>
        <translation>Show how phones join (QR code, address, room code); or take it off</translation>
    </message>
    <message>
        <source>&amp;Write a note</source>
        <translation>&amp;Write a note</translation>
    </message>
    <message>
        <source>Put the cursor in the wall&apos;s note field (Enter adds the note; several lines, several notes)</source>
        <translation>Put the cursor in the wall&apos;s note field (Enter adds the note; several lines, several notes)</translation>
    </message>
    <message>
        <source>&amp;Add the note</source>
        <translation>&amp;Add the note</translation>
    </message>
    <message>
        <source>Add what is typed in the note field to the wall, in this step</source>
        <translation>Add what is typed in the note field to the wall, in this step</translation>
    </message>
    <message>
        <source>&amp;Edit the note…</source>
        <translation>&amp;Edit the note…</translation>
    </message>
    <message>
        <source>Change the text of the note chosen on the wall</source>
        <translation>Change the text of the note chosen on the wall</translation>
    </message>
    <message>
        <source>&amp;Hide from the room</source>
        <translation>&amp;Hide from the room</translation>
    </message>
    <message>
        <source>Keep the chosen note off the projector (it stays here), or show it again</source>
        <translation>Keep the chosen note off the projector (it stays here), or show it again</translation>
    </message>
    <message>
        <source>Re&amp;move the note…</source>
        <translation>Re&amp;move the note…</translation>
    </message>
    <message>
        <source>Take the chosen note off the wall (asks first)</source>
        <translation>Take the chosen note off the wall (asks first)</translation>
    </message>
    <message>
        <source>&amp;Name the theme…</source>
        <translation>&amp;Name the theme…</translation>
    </message>
    <message>
        <source>Give the chosen theme (or the chosen note&apos;s theme) a name</source>
        <translation>Give the chosen theme (or the chosen note&apos;s theme) a name</translation>
    </message>
    <message>
        <source>&amp;Undo the theme</source>
        <translation>&amp;Undo the theme</translation>
    </message>
    <message>
        <source>Take the chosen theme apart: its notes are in no theme again</source>
        <translation>Take the chosen theme apart: its notes are in no theme again</translation>
    </message>
    <message>
        <source>Re&amp;lease the note</source>
        <translation>Re&amp;lease the note</translation>
    </message>
    <message>
        <source>Let the chosen waiting note (from a phone) onto the wall</source>
        <translation>Let the chosen waiting note (from a phone) onto the wall</translation>
    </message>
    <message>
        <source>&amp;Release all waiting notes</source>
        <translation>&amp;Release all waiting notes</translation>
    </message>
    <message>
        <source>Let every note waiting for you onto the wall</source>
        <translation>Let every note waiting for you onto the wall</translation>
    </message>
    <message>
        <source>Release notes from phones at &amp;once</source>
        <translation>Release notes from phones at &amp;once</translation>
    </message>
    <message>
        <source>Notes from phones go on the wall without waiting for you, or wait for release</source>
        <translation>Notes from phones go on the wall without waiting for you, or wait for release</translation>
    </message>
    <message>
        <source>&amp;Phones may post in this step</source>
        <translation>&amp;Phones may post in this step</translation>
    </message>
    <message>
        <source>Open or close posting notes from phones in the current step (kept in the run&apos;s journal)</source>
        <translation>Open or close posting notes from phones in the current step (kept in the run&apos;s journal)</translation>
    </message>
    <message>
        <source>As&amp;k phones for names</source>
        <translation>As&amp;k phones for names</translation>
    </message>
    <message>
        <source>Phones offer an optional name field with each note; off: every note is anonymous</source>
        <translation>Phones offer an optional name field with each note; off: every note is anonymous</translation>
    </message>
    <message>
        <source>&amp;The wall on the projector</source>
        <translation>&amp;The wall on the projector</translation>
    </message>
    <message>
        <source>Show the wall&apos;s notes on the projector, newest first (this step&apos;s, or all in a step without notes); or take them off</source>
        <translation>Show the wall&apos;s notes on the projector, newest first (this step&apos;s, or all in a step without notes); or take them off</translation>
    </message>
    <message>
        <source>The wall &amp;by theme on the projector</source>
        <translation>The wall &amp;by theme on the projector</translation>
    </message>
    <message>
        <source>Show the wall&apos;s notes on the projector by theme; or take them off</source>
        <translation>Show the wall&apos;s notes on the projector by theme; or take them off</translation>
    </message>
    <message>
        <source>The wall as the &amp;closing screen</source>
        <translation>The wall as the &amp;closing screen</translation>
    </message>
    <message>
        <source>When the session has finished, the room sees the whole wall by theme instead of the thanks</source>
        <translation>When the session has finished, the room sees the whole wall by theme instead of the thanks</translation>
    </message>
    <message>
        <source>Put the reference text on the p&amp;rojector</source>
        <translation>Put the reference text on the p&amp;rojector</translation>
    </message>
    <message>
        <source>Show the text or checklist chosen in the Reference tab on the projector at once (the trainer&apos;s own parts only when ticked)</source>
        <translation>Show the text or checklist chosen in the Reference tab on the projector at once (the trainer&apos;s own parts only when ticked)</translation>
    </message>
    <message>
        <source>Project a &amp;question…</source>
        <translation>Project a &amp;question…</translation>
    </message>
    <message>
        <source>Type a question and show it on the projector at once</source>
        <translation>Type a question and show it on the projector at once</translation>
    </message>
    <message>
        <source>Break &amp;screen…</source>
        <translation>Break &amp;screen…</translation>
    </message>
    <message>
        <source>Show the break and its countdown to a time of day on the projector</source>
        <translation>Show the break and its countdown to a time of day on the projector</translation>
    </message>
    <message>
        <source>Wall &amp;clock</source>
        <translation>Wall &amp;clock</translation>
    </message>
    <message>
        <source>Show the time of day on the projector, or the step&apos;s item again</source>
        <translation>Show the time of day on the projector, or the step&apos;s item again</translation>
    </message>
    <message>
        <source>Bac&amp;k to the step&apos;s item</source>
        <translation>Bac&amp;k to the step&apos;s item</translation>
    </message>
    <message>
        <source>Take what you put on the projector at once (or a room screen) off: the step&apos;s item again</source>
        <translation>Take what you put on the projector at once (or a room screen) off: the step&apos;s item again</translation>
    </message>
    <message>
        <source>Set remaining &amp;time…</source>
        <translation>Set remaining &amp;time…</translation>
    </message>
    <message>
        <source>Set exactly how much time is left of the current step</source>
        <translation>Set exactly how much time is left of the current step</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Time left</translation>
    </message>
    <message>
        <source>&amp;Jump to selected step…</source>
        <translation>&amp;Jump to selected step…</translation>
    </message>
    <message>
        <source>Jump to the step selected in the step list (asks first)</source>
        <translation>Jump to the step selected in the step list (asks first)</translation>
    </message>
    <message>
        <source>&amp;Lock selected step</source>
        <translation>&amp;Lock selected step</translation>
    </message>
    <message>
        <source>Keep the selected step&apos;s minutes out of the catch-up plan, or free them again</source>
        <translation>Keep the selected step&apos;s minutes out of the catch-up plan, or free them again</translation>
    </message>
    <message>
        <source>Plan &amp;catch-up</source>
        <translation>Plan &amp;catch-up</translation>
    </message>
    <message>
        <source>Propose new minutes for the steps to come so the session ends on time</source>
        <translation>Propose new minutes for the steps to come so the session ends on time</translation>
    </message>
    <message>
        <source>Accept catc&amp;h-up plan</source>
        <translation>Accept catc&amp;h-up plan</translation>
    </message>
    <message>
        <source>Use the proposed minutes for the steps to come</source>
        <translation>Use the proposed minutes for the steps to come</translation>
    </message>
    <message>
        <source>&amp;Dismiss catch-up plan</source>
        <translation>&amp;Dismiss catch-up plan</translation>
    </message>
    <message>
        <source>Keep the current plan and hide the proposal</source>
        <translation>Keep the current plan and hide the proposal</translation>
    </message>
    <message>
        <source>&amp;Undo catch-up plan</source>
        <translation>&amp;Undo catch-up plan</translation>
    </message>
    <message>
        <source>Give the steps to come back the minutes they had before the last plan you accepted</source>
        <translation>Give the steps to come back the minutes they had before the last plan you accepted</translation>
    </message>
    <message>
        <source>&amp;Search the reference…</source>
        <translation>&amp;Search the reference…</translation>
    </message>
    <message>
        <source>Search the didactic advice, the guide, the case study and the checklists</source>
        <translation>Search the didactic advice, the guide, the case study and the checklists</translation>
    </message>
    <message>
        <source>&amp;Mute chimes</source>
        <translation>&amp;Mute chimes</translation>
    </message>
    <message>
        <source>Silence the chimes at the warning threshold and at the end of a step</source>
        <translation>Silence the chimes at the warning threshold and at the end of a step</translation>
    </message>
    <message>
        <source>Pre&amp;ferences…</source>
        <translation>Pre&amp;ferences…</translation>
    </message>
    <message>
        <source>Language, your name, the session that opens at start, the projector&apos;s look and text size, the default thresholds and the chimes</source>
        <translation>Language, your name, the session that opens at start, the projector&apos;s look and text size, the default thresholds and the chimes</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <source>Show every command and its keys</source>
        <translation>Show every command and its keys</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Keys</translation>
    </message>
    <message>
        <source>Reset &amp;window layout</source>
        <translation>Reset &amp;window layout</translation>
    </message>
    <message>
        <source>Put the console&apos;s window and panes back to their default size and place</source>
        <translation>Put the console&apos;s window and panes back to their default size and place</translation>
    </message>
    <message>
        <source>&amp;Getting started</source>
        <translation>&amp;Getting started</translation>
    </message>
    <message>
        <source>Your screen, their screen, the clicker&apos;s keys, and why to practise first</source>
        <translation>Your screen, their screen, the clicker&apos;s keys, and why to practise first</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;User guide</translation>
    </message>
    <message>
        <source>Every part of Facilitator explained</source>
        <translation>Every part of Facilitator explained</translation>
    </message>
    <message>
        <source>Add to the applications &amp;menu</source>
        <translation>Add to the applications &amp;menu</translation>
    </message>
    <message>
        <source>Linux: put Facilitator in your desktop&apos;s applications menu</source>
        <translation>Linux: put Facilitator in your desktop&apos;s applications menu</translation>
    </message>
    <message>
        <source>&amp;About Facilitator</source>
        <translation>&amp;About Facilitator</translation>
    </message>
    <message>
        <source>The version, and the credits of the STEAM Coach material</source>
        <translation>The version, and the credits of the STEAM Coach material</translation>
    </message>
    <message>
        <source>Rehe&amp;arse this session</source>
        <translation>Rehe&amp;arse this session</translation>
    </message>
    <message>
        <source>Practise this session: the windows say REHEARSAL and every step&apos;s real time is recorded</source>
        <translation>Practise this session: the windows say REHEARSAL and every step&apos;s real time is recorded</translation>
    </message>
    <message>
        <source>&amp;Reports…</source>
        <translation>&amp;Reports…</translation>
    </message>
    <message>
        <source>Where the time went: planned against actual per step, for this run or an earlier one</source>
        <translation>Where the time went: planned against actual per step, for this run or an earlier one</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>Choose what to print (hand-outs, cards, the session plan, groups, the wall...) and write the PDFs into a folder</source>
        <translation>Choose what to print (hand-outs, cards, the session plan, groups, the wall...) and write the PDFs into a folder</translation>
    </message>
    <message>
        <source>Print &amp;hand-outs…</source>
        <translation>Print &amp;hand-outs…</translation>
    </message>
    <message>
        <source>Save the session&apos;s hand-outs, cards and templates as one PDF to print</source>
        <translation>Save the session&apos;s hand-outs, cards and templates as one PDF to print</translation>
    </message>
    <message>
        <source>S&amp;tart window…</source>
        <translation>S&amp;tart window…</translation>
    </message>
    <message>
        <source>Choose a session: those that come with the app, your own, and the recent runs</source>
        <translation>Choose a session: those that come with the app, your own, and the recent runs</translation>
    </message>
    <message>
        <source>&amp;New session…</source>
        <translation>&amp;New session…</translation>
    </message>
    <message>
        <source>Make a new session: blank, a copy of a bundled one, or from a spreadsheet table</source>
        <translation>Make a new session: blank, a copy of a bundled one, or from a spreadsheet table</translation>
    </message>
    <message>
        <source>&amp;Edit this session…</source>
        <translation>&amp;Edit this session…</translation>
    </message>
    <message>
        <source>Change this session: steps, projected items, hand-outs, cards, with a preview</source>
        <translation>Change this session: steps, projected items, hand-outs, cards, with a preview</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>Close Facilitator</source>
        <translation>Close Facilitator</translation>
    </message>
</context>
<context>
    <name>Console</name>
    <message>
        <source>Running {minutes} min late.</source>
        <translation>Running {minutes} min late.</translation>
    </message>
    <message>
        <source>Running {minutes} min early.</source>
        <translation>Running {minutes} min early.</translation>
    </message>
    <message>
        <source>On plan: nothing to catch up.</source>
        <translation>On plan: nothing to catch up.</translation>
    </message>
    <message>
        <source>No step to come can change (all locked or at their minimum).</source>
        <translation>No step to come can change (all locked or at their minimum).</translation>
    </message>
    <message>
        <source>The session is not under way: nothing to catch up.</source>
        <translation>The session is not under way: nothing to catch up.</translation>
    </message>
    <message>
        <source>Shorten: {changes}.</source>
        <translation>Shorten: {changes}.</translation>
    </message>
    <message>
        <source>Lengthen: {changes}.</source>
        <translation>Lengthen: {changes}.</translation>
    </message>
    <message>
        <source>“{title}” {change}</source>
        <translation>“{title}” {change}</translation>
    </message>
    <message>
        <source>The session then ends at its planned time.</source>
        <translation>The session then ends at its planned time.</translation>
    </message>
    <message>
        <source>Still {minutes} min late after this.</source>
        <translation>Still {minutes} min late after this.</translation>
    </message>
    <message>
        <source>Still {minutes} min early after this.</source>
        <translation>Still {minutes} min early after this.</translation>
    </message>
    <message>
        <source>new step “{title}” ({minutes} min)</source>
        <translation>new step “{title}” ({minutes} min)</translation>
    </message>
    <message>
        <source>“{title}”: {before} → {after} min</source>
        <translation>“{title}”: {before} → {after} min</translation>
    </message>
    <message>
        <source>step renamed: “{before}” → “{after}”</source>
        <translation>step renamed: “{before}” → “{after}”</translation>
    </message>
    <message>
        <source>“{title}”: instructions or materials changed</source>
        <translation>“{title}”: instructions or materials changed</translation>
    </message>
    <message>
        <source>“{title}”: projected items or timing changed</source>
        <translation>“{title}”: projected items or timing changed</translation>
    </message>
    <message>
        <source>step removed: “{title}”</source>
        <translation>step removed: “{title}”</translation>
    </message>
    <message>
        <source>steps reordered</source>
        <translation>steps reordered</translation>
    </message>
    <message>
        <source>texts changed (hand-outs, reference or metadata)</source>
        <translation>texts changed (hand-outs, reference or metadata)</translation>
    </message>
    <message>
        <source>Agenda reloaded from {file}: {changes}.</source>
        <translation>Agenda reloaded from {file}: {changes}.</translation>
    </message>
    <message>
        <source>Agenda reloaded from {file}: {changes}. “{gone}” was taken out of the agenda, so the session moved on to step {number}, “{title}”; the time spent on “{gone}” stays in the record and the report.</source>
        <translation>Agenda reloaded from {file}: {changes}. “{gone}” was taken out of the agenda, so the session moved on to step {number}, “{title}”; the time spent on “{gone}” stays in the record and the report.</translation>
    </message>
    <message>
        <source>Agenda reloaded from {file}: {changes}. “{gone}” was taken out of the agenda; the session starts with step {number}, “{title}”.</source>
        <translation>Agenda reloaded from {file}: {changes}. “{gone}” was taken out of the agenda; the session starts with step {number}, “{title}”.</translation>
    </message>
    <message>
        <source>The agenda file {file} is gone (deleted, moved, or on a drive that is not there); the session goes on with the version loaded. Save it there again and it is reloaded.</source>
        <translation>The agenda file {file} is gone (deleted, moved, or on a drive that is not there); the session goes on with the version loaded. Save it there again and it is reloaded.</translation>
    </message>
    <message>
        <source>The agenda file {file} is back, unchanged; the session goes on.</source>
        <translation>The agenda file {file} is back, unchanged; the session goes on.</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>not started</translation>
    </message>
    <message>
        <source>on time</source>
        <translation>on time</translation>
    </message>
    <message>
        <source>nearly done</source>
        <translation>nearly done</translation>
    </message>
    <message>
        <source>last minutes</source>
        <translation>last minutes</translation>
    </message>
    <message>
        <source>over time</source>
        <translation>over time</translation>
    </message>
    <message>
        <source>Set the remaining time</source>
        <translation>Set the remaining time</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Time left of this step:</source>
        <translation>Time left of this step:</translation>
    </message>
    <message>
        <source>Session finished · P reopens the last step</source>
        <translation>Session finished · P reopens the last step</translation>
    </message>
    <message>
        <source>Step {number}: {title} · P goes back to where you were</source>
        <translation>Step {number}: {title} · P goes back to where you were</translation>
    </message>
    <message>
        <source>Restart this step</source>
        <translation>Restart this step</translation>
    </message>
    <message>
        <source>Start “{title}” again from its full time?

The time already spent stays in the record.</source>
        <translation>Start “{title}” again from its full time?

The time already spent stays in the record.</translation>
    </message>
    <message>
        <source>Jump to another step</source>
        <translation>Jump to another step</translation>
    </message>
    <message>
        <source>Jump to step {number}, “{title}”?

The current step ends now.</source>
        <translation>Jump to step {number}, “{title}”?

The current step ends now.</translation>
    </message>
    <message>
        <source>“{title}” keeps its minutes (locked)</source>
        <translation>“{title}” keeps its minutes (locked)</translation>
    </message>
    <message>
        <source>“{title}” may change in a catch-up plan</source>
        <translation>“{title}” may change in a catch-up plan</translation>
    </message>
    <message>
        <source>Catch-up plan accepted: the step list shows the new minutes</source>
        <translation>Catch-up plan accepted: the step list shows the new minutes</translation>
    </message>
    <message>
        <source>Catch-up plan undone: the steps to come have their minutes back</source>
        <translation>Catch-up plan undone: the steps to come have their minutes back</translation>
    </message>
    <message>
        <source>Chimes muted</source>
        <translation>Chimes muted</translation>
    </message>
    <message>
        <source>Chimes on</source>
        <translation>Chimes on</translation>
    </message>
    <message>
        <source>sound unavailable</source>
        <translation>sound unavailable</translation>
    </message>
    <message>
        <source>{problem}; the session goes on</source>
        <translation>{problem}; the session goes on</translation>
    </message>
    <message>
        <source>chimes muted</source>
        <translation>chimes muted</translation>
    </message>
    <message>
        <source>chimes on</source>
        <translation>chimes on</translation>
    </message>
    <message>
        <source>Agenda reloaded from {file}: {changes}. The current step and its timer go on.</source>
        <translation>Agenda reloaded from {file}: {changes}. The current step and its timer go on.</translation>
    </message>
    <message>
        <source>no visible change</source>
        <translation>no visible change</translation>
    </message>
    <message>
        <source>The saved agenda has a problem, so the session goes on with the version loaded before. Fix the file and save it again.</source>
        <translation>The saved agenda has a problem, so the session goes on with the version loaded before. Fix the file and save it again.</translation>
    </message>
    <message>
        <source>Window layout reset: the default size and panes</source>
        <translation>Window layout reset: the default size and panes</translation>
    </message>
    <message>
        <source>READY</source>
        <translation>READY</translation>
    </message>
    <message>
        <source>ON TIME</source>
        <translation>ON TIME</translation>
    </message>
    <message>
        <source>WARNING</source>
        <translation>WARNING</translation>
    </message>
    <message>
        <source>DANGER</source>
        <translation>DANGER</translation>
    </message>
    <message>
        <source>OVERTIME</source>
        <translation>OVERTIME</translation>
    </message>
    <message>
        <source>Step {number} of {count}</source>
        <translation>Step {number} of {count}</translation>
    </message>
    <message>
        <source>FINISHED</source>
        <translation>FINISHED</translation>
    </message>
    <message>
        <source>PAUSED</source>
        <translation>PAUSED</translation>
    </message>
    <message>
        <source>Next: {title}</source>
        <translation>Next: {title}</translation>
    </message>
    <message>
        <source>Last step of the session</source>
        <translation>Last step of the session</translation>
    </message>
    <message>
        <source>Show the report: where the time went</source>
        <translation>Show the report: where the time went</translation>
    </message>
    <message>
        <source>The room sees the closing screen · P reopens the last step</source>
        <translation>The room sees the closing screen · P reopens the last step</translation>
    </message>
    <message>
        <source>Session finished</source>
        <translation>Session finished</translation>
    </message>
    <message>
        <source>Ready · {planned} planned · press Space to start</source>
        <translation>Ready · {planned} planned · press Space to start</translation>
    </message>
    <message>
        <source>PAUSED · {phase} · Space resumes</source>
        <translation>PAUSED · {phase} · Space resumes</translation>
    </message>
    <message>
        <source>OVER TIME, counting up · {planned} planned</source>
        <translation>OVER TIME, counting up · {planned} planned</translation>
    </message>
    <message>
        <source>{phase} · {planned} planned</source>
        <translation>{phase} · {planned} planned</translation>
    </message>
    <message>
        <source>Hide this message</source>
        <translation>Hide this message</translation>
    </message>
    <message>
        <source>The projector window is closed: the room sees nothing of the session. Show projector puts it back, full screen where it was.</source>
        <translation>The projector window is closed: the room sees nothing of the session. Show projector puts it back, full screen where it was.</translation>
    </message>
    <message>
        <source>Show projector ({keys})</source>
        <translation>Show projector ({keys})</translation>
    </message>
    <message>
        <source>On the projector now</source>
        <translation>On the projector now</translation>
    </message>
    <message>
        <source>Next on the projector</source>
        <translation>Next on the projector</translation>
    </message>
    <message>
        <source>{summary}: PageDown stays here, N starts the next step</source>
        <translation>{summary}: PageDown stays here, N starts the next step</translation>
    </message>
    <message>
        <source>Now {time}</source>
        <translation>Now {time}</translation>
    </message>
    <message>
        <source>Elapsed {time}</source>
        <translation>Elapsed {time}</translation>
    </message>
    <message>
        <source>Planned end {time}</source>
        <translation>Planned end {time}</translation>
    </message>
    <message>
        <source>Projected end {time}</source>
        <translation>Projected end {time}</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>End</source>
        <translation>End</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Actual</translation>
    </message>
    <message>
        <source>Current step</source>
        <translation>Current step</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Next step</translation>
    </message>
    <message>
        <source>Minutes locked (L)</source>
        <translation>Minutes locked (L)</translation>
    </message>
    <message>
        <source>No instructions for this step.</source>
        <translation>No instructions for this step.</translation>
    </message>
    <message>
        <source>Materials</source>
        <translation>Materials</translation>
    </message>
    <message>
        <source>Guiding questions</source>
        <translation>Guiding questions</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>Bundled &amp;sessions</source>
        <translation>Bundled &amp;sessions</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>&amp;Session</translation>
    </message>
    <message>
        <source>R&amp;oom</source>
        <translation>R&amp;oom</translation>
    </message>
    <message>
        <source>The &amp;wall</source>
        <translation>The &amp;wall</translation>
    </message>
    <message>
        <source>&amp;Projector</source>
        <translation>&amp;Projector</translation>
    </message>
    <message>
        <source>&amp;Reference</source>
        <translation>&amp;Reference</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>Instructions</translation>
    </message>
    <message>
        <source>Reference &amp;&amp; checklists</source>
        <translation>Reference &amp;&amp; checklists</translation>
    </message>
    <message>
        <source>Groups &amp;&amp; turns</source>
        <translation>Groups &amp;&amp; turns</translation>
    </message>
    <message>
        <source>Wall</source>
        <translation>Wall</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Steps</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Start</translation>
    </message>
    <message>
        <source>Open a session agenda</source>
        <translation>Open a session agenda</translation>
    </message>
    <message>
        <source>The session is under way. Quit anyway?

What happened so far is saved, and the next start offers to go on where you left off.</source>
        <translation>The session is under way. Quit anyway?

What happened so far is saved, and the next start offers to go on where you left off.</translation>
    </message>
    <message>
        <source>Agendas (*.yaml *.yml);;All files (*)</source>
        <translation>Agendas (*.yaml *.yml);;All files (*)</translation>
    </message>
    <message>
        <source>Open another session</source>
        <translation>Open another session</translation>
    </message>
    <message>
        <source>A session is under way. Open another one and end this one?</source>
        <translation>A session is under way. Open another one and end this one?</translation>
    </message>
    <message>
        <source>Quit Facilitator</source>
        <translation>Quit Facilitator</translation>
    </message>
    <message>
        <source>{file} could not be read: {error}</source>
        <translation>{file} could not be read: {error}</translation>
    </message>
    <message>
        <source>Type the question to put on the projector.</source>
        <extracomment>The longest question that can be projected live. A break ends at most this long after it is set (a time earlier today is a typo). The kinds drawn with a big live text (a countdown or the time) and no step timer.</extracomment>
        <translation>Type the question to put on the projector.</translation>
    </message>
    <message>
        <source>A question on the projector has at most {limit} characters; this one has {count}. Shorten it so that the room can read it.</source>
        <translation>A question on the projector has at most {limit} characters; this one has {count}. Shorten it so that the room can read it.</translation>
    </message>
    <message>
        <source>“{text}” is not a time of day: type it as 10:45.</source>
        <translation>“{text}” is not a time of day: type it as 10:45.</translation>
    </message>
    <message>
        <source>{time} has passed (it is {now} now): type a later time for the end of the break.</source>
        <translation>{time} has passed (it is {now} now): type a later time for the end of the break.</translation>
    </message>
    <message>
        <source>This session has no reference text “{ref}”.</source>
        <translation>This session has no reference text “{ref}”.</translation>
    </message>
    <message>
        <source>This session has no checklist “{ref}”.</source>
        <translation>This session has no checklist “{ref}”.</translation>
    </message>
    <message>
        <source>Choose a text or checklist in the Reference tab first, then put it on the projector (R).</source>
        <translation>Choose a text or checklist in the Reference tab first, then put it on the projector (R).</translation>
    </message>
    <message>
        <source>Project a question</source>
        <translation>Project a question</translation>
    </message>
    <message>
        <source>The question for the room (shown as you type it):</source>
        <translation>The question for the room (shown as you type it):</translation>
    </message>
    <message>
        <source>Break screen</source>
        <translation>Break screen</translation>
    </message>
    <message>
        <source>The break ends at (a time of day, such as 10:45):</source>
        <translation>The break ends at (a time of day, such as 10:45):</translation>
    </message>
    <message>
        <source>The projector shows the break until {time} and counts down to it; Home ends it.</source>
        <translation>The projector shows the break until {time} and counts down to it; Home ends it.</translation>
    </message>
</context>
<context>
    <name>Editor</name>
    <message>
        <source>Change a field</source>
        <translation>Change a field</translation>
    </message>
    <message>
        <source>Write</source>
        <translation>Write</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>One per line</source>
        <translation>One per line</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Add another card</source>
        <translation>Add another card</translation>
    </message>
    <message>
        <source>Change the card&apos;s title</source>
        <translation>Change the card&apos;s title</translation>
    </message>
    <message>
        <source>Change the card&apos;s text</source>
        <translation>Change the card&apos;s text</translation>
    </message>
    <message>
        <source>Card · {handout}</source>
        <translation>Card · {handout}</translation>
    </message>
    <message>
        <source>Add another document</source>
        <translation>Add another document</translation>
    </message>
    <message>
        <source>Change the document&apos;s title</source>
        <translation>Change the document&apos;s title</translation>
    </message>
    <message>
        <source>Change the document&apos;s text</source>
        <translation>Change the document&apos;s text</translation>
    </message>
    <message>
        <source>Document · {handout}</source>
        <translation>Document · {handout}</translation>
    </message>
    <message>
        <source>A short name: lower-case letters, digits and hyphens. Items that project this get the new name too.</source>
        <translation>A short name: lower-case letters, digits and hyphens. Items that project this get the new name too.</translation>
    </message>
    <message>
        <source>Hand-out</source>
        <translation>Hand-out</translation>
    </message>
    <message>
        <source>What groups receive on paper (File &gt; Print hand-outs); its parts can be projected.</source>
        <translation>What groups receive on paper (File &gt; Print hand-outs); its parts can be projected.</translation>
    </message>
    <message>
        <source>Title</source>
        <extracomment>How each kind of projected item is named in the outline.</extracomment>
        <translation>Title</translation>
    </message>
    <message>
        <source>Change the title</source>
        <translation>Change the title</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>Instructions</translation>
    </message>
    <message>
        <source>Change the instructions</source>
        <translation>Change the instructions</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Change the note</source>
        <translation>Change the note</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Questions</translation>
    </message>
    <message>
        <source>One question per line</source>
        <translation>One question per line</translation>
    </message>
    <message>
        <source>Change the questions</source>
        <translation>Change the questions</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>Cards</translation>
    </message>
    <message>
        <source>Double-click one to edit it.</source>
        <translation>Double-click one to edit it.</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Edit</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Remove this hand-out</source>
        <translation>Remove this hand-out</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicate</translation>
    </message>
    <message>
        <source>Back to the hand-out</source>
        <translation>Back to the hand-out</translation>
    </message>
    <message>
        <source>The clock time the session starts: the steps&apos; times follow</source>
        <translation>The clock time the session starts: the steps&apos; times follow</translation>
    </message>
    <message>
        <source>Start at</source>
        <translation>Start at</translation>
    </message>
    <message>
        <source>Set the duration to {minutes} min (the steps&apos; total)</source>
        <translation>Set the duration to {minutes} min (the steps&apos; total)</translation>
    </message>
    <message>
        <source>No problems: the session can be run as it is.</source>
        <translation>No problems: the session can be run as it is.</translation>
    </message>
    <message>
        <source>1 problem: the session cannot be run until it is fixed.</source>
        <translation>1 problem: the session cannot be run until it is fixed.</translation>
    </message>
    <message>
        <source>{count} problems: the session cannot be run until they are fixed.</source>
        <translation>{count} problems: the session cannot be run until they are fixed.</translation>
    </message>
    <message>
        <source>On the projector</source>
        <translation>On the projector</translation>
    </message>
    <message>
        <source>◀ Page</source>
        <translation>◀ Page</translation>
    </message>
    <message>
        <source>Page ▶</source>
        <translation>Page ▶</translation>
    </message>
    <message>
        <source>The previous page of this item, as PageUp shows it</source>
        <translation>The previous page of this item, as PageUp shows it</translation>
    </message>
    <message>
        <source>The next page of this item, as PageDown shows it</source>
        <translation>The next page of this item, as PageDown shows it</translation>
    </message>
    <message>
        <source>Choose a step, an item, a card or a section to see it as the room will.</source>
        <translation>Choose a step, an item, a card or a section to see it as the room will.</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Page {page} of {pages}</translation>
    </message>
    <message>
        <source>this session</source>
        <translation>this session</translation>
    </message>
    <message>
        <source>Section · {where}</source>
        <translation>Section · {where}</translation>
    </message>
    <message>
        <source>Subtitle</source>
        <translation>Subtitle</translation>
    </message>
    <message>
        <source>Change the subtitle</source>
        <translation>Change the subtitle</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>e.g. Didactisch advies</source>
        <translation>e.g. Didactisch advies</translation>
    </message>
    <message>
        <source>Change the category</source>
        <translation>Change the category</translation>
    </message>
    <message>
        <source>The group it is listed under in the presenter&apos;s reference panel.</source>
        <translation>The group it is listed under in the presenter&apos;s reference panel.</translation>
    </message>
    <message>
        <source>Change the text</source>
        <translation>Change the text</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>Closing</translation>
    </message>
    <message>
        <source>Change the closing text</source>
        <translation>Change the closing text</translation>
    </message>
    <message>
        <source>Parts for the trainer only</source>
        <translation>Parts for the trainer only</translation>
    </message>
    <message>
        <source>Tick the headings whose part is the trainer&apos;s own instructions: the projector leaves them out, the reference panel shows them.</source>
        <translation>Tick the headings whose part is the trainer&apos;s own instructions: the projector leaves them out, the reference panel shows them.</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Figures</translation>
    </message>
    <message>
        <source>Key figures, shown as an infographic.</source>
        <translation>Key figures, shown as an infographic.</translation>
    </message>
    <message>
        <source>Phases</source>
        <translation>Phases</translation>
    </message>
    <message>
        <source>The phases of a template, each with what to do and an example.</source>
        <translation>The phases of a template, each with what to do and an example.</translation>
    </message>
    <message>
        <source>Remove this section</source>
        <translation>Remove this section</translation>
    </message>
    <message>
        <source>Figure {number}</source>
        <translation>Figure {number}</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>What it counts</source>
        <translation>What it counts</translation>
    </message>
    <message>
        <source>Change the figure</source>
        <translation>Change the figure</translation>
    </message>
    <message>
        <source>Remove the figure</source>
        <translation>Remove the figure</translation>
    </message>
    <message>
        <source>Phase {number}</source>
        <translation>Phase {number}</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>What to do</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>Example</translation>
    </message>
    <message>
        <source>Change the phase</source>
        <translation>Change the phase</translation>
    </message>
    <message>
        <source>Remove the phase</source>
        <translation>Remove the phase</translation>
    </message>
    <message>
        <source>The text has no headings (lines starting with #).</source>
        <translation>The text has no headings (lines starting with #).</translation>
    </message>
    <message>
        <source>Add a step</source>
        <extracomment>Item kinds that name a part of the session (a hand-out, a document, a card, a section).</extracomment>
        <translation>Add a step</translation>
    </message>
    <message>
        <source>Duplicate the step</source>
        <translation>Duplicate the step</translation>
    </message>
    <message>
        <source>Remove the step</source>
        <translation>Remove the step</translation>
    </message>
    <message>
        <source>Move the step</source>
        <translation>Move the step</translation>
    </message>
    <message>
        <source>Set the duration to the steps&apos; total</source>
        <translation>Set the duration to the steps&apos; total</translation>
    </message>
    <message>
        <source>Add a projected item</source>
        <translation>Add a projected item</translation>
    </message>
    <message>
        <source>Duplicate the projected item</source>
        <translation>Duplicate the projected item</translation>
    </message>
    <message>
        <source>Remove the projected item</source>
        <translation>Remove the projected item</translation>
    </message>
    <message>
        <source>Move the projected item</source>
        <translation>Move the projected item</translation>
    </message>
    <message>
        <source>Add a hand-out</source>
        <translation>Add a hand-out</translation>
    </message>
    <message>
        <source>Remove the hand-out</source>
        <translation>Remove the hand-out</translation>
    </message>
    <message>
        <source>Add a card</source>
        <translation>Add a card</translation>
    </message>
    <message>
        <source>Add a document</source>
        <translation>Add a document</translation>
    </message>
    <message>
        <source>Duplicate the card</source>
        <translation>Duplicate the card</translation>
    </message>
    <message>
        <source>Duplicate the document</source>
        <translation>Duplicate the document</translation>
    </message>
    <message>
        <source>Remove the card</source>
        <translation>Remove the card</translation>
    </message>
    <message>
        <source>Remove the document</source>
        <translation>Remove the document</translation>
    </message>
    <message>
        <source>Move the card</source>
        <translation>Move the card</translation>
    </message>
    <message>
        <source>Move the document</source>
        <translation>Move the document</translation>
    </message>
    <message>
        <source>Add a section</source>
        <translation>Add a section</translation>
    </message>
    <message>
        <source>Remove the section</source>
        <translation>Remove the section</translation>
    </message>
    <message>
        <source>Move the section</source>
        <translation>Move the section</translation>
    </message>
    <message>
        <source>Add a phase</source>
        <translation>Add a phase</translation>
    </message>
    <message>
        <source>Add a figure</source>
        <translation>Add a figure</translation>
    </message>
    <message>
        <source>Add a checklist</source>
        <translation>Add a checklist</translation>
    </message>
    <message>
        <source>Keep the part for the trainer</source>
        <translation>Keep the part for the trainer</translation>
    </message>
    <message>
        <source>Show the part to the room</source>
        <translation>Show the part to the room</translation>
    </message>
    <message>
        <source>Change the id</source>
        <translation>Change the id</translation>
    </message>
    <message>
        <source>This is one of the app&apos;s own sessions: it is never changed. Your changes are kept when you save them as your copy, in your sessions folder.</source>
        <translation>This is one of the app&apos;s own sessions: it is never changed. Your changes are kept when you save them as your copy, in your sessions folder.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <extracomment>What the trainer chose when closing with unsaved changes: save, discard or cancel.</extracomment>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>Save your changes to “{name}” before closing?</source>
        <translation>Save your changes to “{name}” before closing?</translation>
    </message>
    <message>
        <source>If you do not save them, they are lost.</source>
        <translation>If you do not save them, they are lost.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Don&apos;t save</source>
        <translation>Don&apos;t save</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Save the session in place</source>
        <translation>Save the session in place</translation>
    </message>
    <message>
        <source>Save as my &amp;copy</source>
        <translation>Save as my &amp;copy</translation>
    </message>
    <message>
        <source>Save the session, with its library, in your sessions folder</source>
        <translation>Save the session, with its library, in your sessions folder</translation>
    </message>
    <message>
        <source>C&amp;lose the editor</source>
        <translation>C&amp;lose the editor</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Redo</translation>
    </message>
    <message>
        <source>Add a &amp;step</source>
        <translation>Add a &amp;step</translation>
    </message>
    <message>
        <source>A new step after the one chosen</source>
        <translation>A new step after the one chosen</translation>
    </message>
    <message>
        <source>Add a &amp;card</source>
        <translation>Add a &amp;card</translation>
    </message>
    <message>
        <source>A new scenario card in the hand-out chosen</source>
        <translation>A new scenario card in the hand-out chosen</translation>
    </message>
    <message>
        <source>Add a &amp;document</source>
        <translation>Add a &amp;document</translation>
    </message>
    <message>
        <source>A new document in the hand-out chosen</source>
        <translation>A new document in the hand-out chosen</translation>
    </message>
    <message>
        <source>Add a &amp;hand-out</source>
        <translation>Add a &amp;hand-out</translation>
    </message>
    <message>
        <source>Add a s&amp;ection</source>
        <translation>Add a s&amp;ection</translation>
    </message>
    <message>
        <source>A new section in the file chosen</source>
        <translation>A new section in the file chosen</translation>
    </message>
    <message>
        <source>Du&amp;plicate</source>
        <translation>Du&amp;plicate</translation>
    </message>
    <message>
        <source>A copy of the part chosen, after it</source>
        <translation>A copy of the part chosen, after it</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>Remove the part chosen (Undo brings it back)</source>
        <translation>Remove the part chosen (Undo brings it back)</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Move &amp;up</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Move do&amp;wn</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>Add a projected &amp;item</source>
        <translation>Add a projected &amp;item</translation>
    </message>
    <message>
        <source>Editor</source>
        <translation>Editor</translation>
    </message>
    <message>
        <source>Add an item</source>
        <translation>Add an item</translation>
    </message>
    <message>
        <source>Add a projected item to the step chosen</source>
        <translation>Add a projected item to the step chosen</translation>
    </message>
    <message>
        <source>Save as my copy</source>
        <translation>Save as my copy</translation>
    </message>
    <message>
        <source>bundled session</source>
        <translation>bundled session</translation>
    </message>
    <message>
        <source>Edit · {title} [*] – {where} — Facilitator</source>
        <translation>Edit · {title} [*] – {where} — Facilitator</translation>
    </message>
    <message>
        <source>&amp;Save as my copy</source>
        <translation>&amp;Save as my copy</translation>
    </message>
    <message>
        <source>Choose a step first: its items are added to it.</source>
        <translation>Choose a step first: its items are added to it.</translation>
    </message>
    <message>
        <source>Add a hand-out first: documents and cards belong to one.</source>
        <translation>Add a hand-out first: documents and cards belong to one.</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Move</translation>
    </message>
    <message>
        <source>Remove the checklist</source>
        <translation>Remove the checklist</translation>
    </message>
    <message>
        <source>Choose a step, an item, a document or a card first.</source>
        <translation>Choose a step, an item, a document or a card first.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <source>nothing had changed</source>
        <translation>nothing had changed</translation>
    </message>
    <message>
        <source>Saved: {names}.</source>
        <translation>Saved: {names}.</translation>
    </message>
    <message>
        <source>Saved: {names}. The session has problems (listed on the left) and cannot be run until they are fixed.</source>
        <translation>Saved: {names}. The session has problems (listed on the left) and cannot be run until they are fixed.</translation>
    </message>
    <message>
        <source>Saved as your copy: {path}. From now on, Save keeps your changes there.</source>
        <translation>Saved as your copy: {path}. From now on, Save keeps your changes there.</translation>
    </message>
    <message>
        <source>The new session could not be written in {folder}: {reason}.</source>
        <translation>The new session could not be written in {folder}: {reason}.</translation>
    </message>
    <message>
        <source>Row {row} (“{step}”): {problem}</source>
        <translation>Row {row} (“{step}”): {problem}</translation>
    </message>
    <message>
        <source>Row {row}: {problem}</source>
        <translation>Row {row}: {problem}</translation>
    </message>
    <message>
        <source>The table is empty.</source>
        <translation>The table is empty.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>the first row must name the columns, with at least “title” and “minutes” (columns found: {found}).</source>
        <translation>the first row must name the columns, with at least “title” and “minutes” (columns found: {found}).</translation>
    </message>
    <message>
        <source>the step has no title.</source>
        <translation>the step has no title.</translation>
    </message>
    <message>
        <source>the minutes “{minutes}” are not a number; write a number such as 10.</source>
        <translation>the minutes “{minutes}” are not a number; write a number such as 10.</translation>
    </message>
    <message>
        <source>the step has no minutes; write a number such as 10.</source>
        <translation>the step has no minutes; write a number such as 10.</translation>
    </message>
    <message>
        <source>The table has no steps: one row per step, under the header.</source>
        <translation>The table has no steps: one row per step, under the header.</translation>
    </message>
    <message>
        <source>{place}: {problem}</source>
        <translation>{place}: {problem}</translation>
    </message>
    <message>
        <source>1 step, {total} min: {times}</source>
        <translation>1 step, {total} min: {times}</translation>
    </message>
    <message>
        <source>{count} steps, {total} min: {times}</source>
        <translation>{count} steps, {total} min: {times}</translation>
    </message>
    <message>
        <source>{plan}. The session has no duration yet.</source>
        <translation>{plan}. The session has no duration yet.</translation>
    </message>
    <message>
        <source>{plan}. The session says {minutes} min.</source>
        <translation>{plan}. The session says {minutes} min.</translation>
    </message>
    <message>
        <source>This item is not complete yet: fill in its fields.</source>
        <translation>This item is not complete yet: fill in its fields.</translation>
    </message>
    <message>
        <source>This item names something that does not exist (yet): choose it from the list.</source>
        <translation>This item names something that does not exist (yet): choose it from the list.</translation>
    </message>
    <message>
        <source>There is nothing to show here.</source>
        <translation>There is nothing to show here.</translation>
    </message>
    <message>
        <source>Give the hand-out and this part an id first.</source>
        <translation>Give the hand-out and this part an id first.</translation>
    </message>
    <message>
        <source>Give the hand-out an id first.</source>
        <translation>Give the hand-out an id first.</translation>
    </message>
    <message>
        <source>This section is not complete yet: it needs an id and a title.</source>
        <translation>This section is not complete yet: it needs an id and a title.</translation>
    </message>
    <message>
        <source>“{title}” has already begun in the session under way, so it stays in the session (with its id). Change it after the session.</source>
        <translation>“{title}” has already begun in the session under way, so it stays in the session (with its id). Change it after the session.</translation>
    </message>
    <message>
        <source>While the session is under way, the steps that have begun keep their order: new and moved steps go after “{current}”, the current step.</source>
        <translation>While the session is under way, the steps that have begun keep their order: new and moved steps go after “{current}”, the current step.</translation>
    </message>
    <message>
        <source>“{title}” has already run: its minutes stay as they were while the session is under way.</source>
        <translation>“{title}” has already run: its minutes stay as they were while the session is under way.</translation>
    </message>
    <message>
        <source>{file} is a library file, not a session: open a session file that names it</source>
        <extracomment>Told after every change: the edit made or reverted (None: the documents were replaced).</extracomment>
        <translation>{file} is a library file, not a session: open a session file that names it</translation>
    </message>
    <message>
        <source>the text written would not read back as the session edited</source>
        <translation>the text written would not read back as the session edited</translation>
    </message>
    <message>
        <source>{file} was not saved, and the file on disk is unchanged: {why}.</source>
        <translation>{file} was not saved, and the file on disk is unchanged: {why}.</translation>
    </message>
    <message>
        <source>{file} is one of the app&apos;s own sessions and is never changed: save it as your copy instead.</source>
        <translation>{file} is one of the app&apos;s own sessions and is never changed: save it as your copy instead.</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Card</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Section</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Unknown item</source>
        <translation>Unknown item</translation>
    </message>
    <message>
        <source>{kind}: {text}</source>
        <translation>{kind}: {text}</translation>
    </message>
    <message>
        <source>Untitled session</source>
        <translation>Untitled session</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Steps</translation>
    </message>
    <message>
        <source>Hand-outs</source>
        <translation>Hand-outs</translation>
    </message>
    <message>
        <source>Untitled hand-out</source>
        <translation>Untitled hand-out</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <source>Library: {title}</source>
        <translation>Library: {title}</translation>
    </message>
    <message>
        <source>Checklists</source>
        <translation>Checklists</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Checklist</translation>
    </message>
    <message>
        <source>Untitled step</source>
        <translation>Untitled step</translation>
    </message>
    <message>
        <source>{time}  {title} · {minutes} min</source>
        <translation>{time}  {title} · {minutes} min</translation>
    </message>
    <message>
        <source>No step projects this yet.</source>
        <translation>No step projects this yet.</translation>
    </message>
    <message>
        <source>As step {number} projects it.</source>
        <translation>As step {number} projects it.</translation>
    </message>
    <message>
        <source>Large digits (default)</source>
        <translation>Large digits (default)</translation>
    </message>
    <message>
        <source>Small, in a corner</source>
        <translation>Small, in a corner</translation>
    </message>
    <message>
        <source>Hidden</source>
        <translation>Hidden</translation>
    </message>
    <message>
        <source>Disc (Time Timer)</source>
        <translation>Disc (Time Timer)</translation>
    </message>
    <message>
        <source>Dark (default)</source>
        <translation>Dark (default)</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Light</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>High contrast</translation>
    </message>
    <message>
        <source>The session</source>
        <translation>The session</translation>
    </message>
    <message>
        <source>What the session is and who it is for. The steps&apos; clock times and their total are on the left, above the outline.</source>
        <translation>What the session is and who it is for. The steps&apos; clock times and their total are on the left, above the outline.</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Short name</translation>
    </message>
    <message>
        <source>How lists name it, e.g. “Sessie 1 · Samenwerken”</source>
        <translation>How lists name it, e.g. “Sessie 1 · Samenwerken”</translation>
    </message>
    <message>
        <source>Change the short name</source>
        <translation>Change the short name</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Change the language</source>
        <translation>Change the language</translation>
    </message>
    <message>
        <source>The language of the session&apos;s texts; the projector&apos;s words follow it.</source>
        <translation>The language of the session&apos;s texts; the projector&apos;s words follow it.</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duration</translation>
    </message>
    <message>
        <source>Change the duration</source>
        <translation>Change the duration</translation>
    </message>
    <message>
        <source>Must be the sum of the steps&apos; minutes; the plan on the left offers the fix.</source>
        <translation>Must be the sum of the steps&apos; minutes; the plan on the left offers the fix.</translation>
    </message>
    <message>
        <source>For whom and what for</source>
        <translation>For whom and what for</translation>
    </message>
    <message>
        <source>One entry per line.</source>
        <translation>One entry per line.</translation>
    </message>
    <message>
        <source>Focus</source>
        <translation>Focus</translation>
    </message>
    <message>
        <source>Change the focus</source>
        <translation>Change the focus</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Objectives</translation>
    </message>
    <message>
        <source>Change the objectives</source>
        <translation>Change the objectives</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Audience</translation>
    </message>
    <message>
        <source>Change the audience</source>
        <translation>Change the audience</translation>
    </message>
    <message>
        <source>Materials</source>
        <translation>Materials</translation>
    </message>
    <message>
        <source>Change the materials</source>
        <translation>Change the materials</translation>
    </message>
    <message>
        <source>Timing</source>
        <translation>Timing</translation>
    </message>
    <message>
        <source>When every step&apos;s countdown turns to warning and danger, in minutes left. A step&apos;s own timing comes first; without either, 20% and 10% of the step.</source>
        <translation>When every step&apos;s countdown turns to warning and danger, in minutes left. A step&apos;s own timing comes first; without either, 20% and 10% of the step.</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>Danger</source>
        <translation>Danger</translation>
    </message>
    <message>
        <source>default</source>
        <translation>default</translation>
    </message>
    <message>
        <source>Change the timing</source>
        <translation>Change the timing</translation>
    </message>
    <message>
        <source>Projector</source>
        <translation>Projector</translation>
    </message>
    <message>
        <source>How the projector looks at the start; the Projector menu changes it live.</source>
        <translation>How the projector looks at the start; the Projector menu changes it live.</translation>
    </message>
    <message>
        <source>Timer</source>
        <translation>Timer</translation>
    </message>
    <message>
        <source>Change the timer style</source>
        <translation>Change the timer style</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Theme</translation>
    </message>
    <message>
        <source>Change the theme</source>
        <translation>Change the theme</translation>
    </message>
    <message>
        <source>Flash the screen when a step&apos;s time is up</source>
        <translation>Flash the screen when a step&apos;s time is up</translation>
    </message>
    <message>
        <source>Change the flash</source>
        <translation>Change the flash</translation>
    </message>
    <message>
        <source>Library file</source>
        <translation>Library file</translation>
    </message>
    <message>
        <source>{file}: texts the session shares with others (sections, checklists). A change here changes them for every session that uses this file.</source>
        <translation>{file}: texts the session shares with others (sections, checklists). A change here changes them for every session that uses this file.</translation>
    </message>
    <message>
        <source>Introduction</source>
        <translation>Introduction</translation>
    </message>
    <message>
        <source>Change the introduction</source>
        <translation>Change the introduction</translation>
    </message>
    <message>
        <source>Things to do</source>
        <translation>Things to do</translation>
    </message>
    <message>
        <source>Change the checklist</source>
        <translation>Change the checklist</translation>
    </message>
    <message>
        <source>No groups</source>
        <translation>No groups</translation>
    </message>
    <message>
        <source>Pairs (a trio when odd)</source>
        <translation>Pairs (a trio when odd)</translation>
    </message>
    <message>
        <source>2 to 3 people</source>
        <translation>2 to 3 people</translation>
    </message>
    <message>
        <source>3 to 5 people</source>
        <translation>3 to 5 people</translation>
    </message>
    <message>
        <source>4 people</source>
        <translation>4 people</translation>
    </message>
    <message>
        <source>The groups of an earlier step</source>
        <translation>The groups of an earlier step</translation>
    </message>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <source>A large title, with a line under it</source>
        <extracomment>What each kind of item is for, as the menu &quot;Add a projected item&quot; says it.</extracomment>
        <translation>A large title, with a line under it</translation>
    </message>
    <message>
        <source>One question, alone and large</source>
        <translation>One question, alone and large</translation>
    </message>
    <message>
        <source>Several questions: all together, then one at a time</source>
        <translation>Several questions: all together, then one at a time</translation>
    </message>
    <message>
        <source>A document of a hand-out</source>
        <translation>A document of a hand-out</translation>
    </message>
    <message>
        <source>A scenario card of a hand-out</source>
        <translation>A scenario card of a hand-out</translation>
    </message>
    <message>
        <source>Up to four cards side by side</source>
        <translation>Up to four cards side by side</translation>
    </message>
    <message>
        <source>A hand-out&apos;s instructions and questions</source>
        <translation>A hand-out&apos;s instructions and questions</translation>
    </message>
    <message>
        <source>A sentence to complete, such as “Ik zal ...”</source>
        <translation>A sentence to complete, such as “Ik zal ...”</translation>
    </message>
    <message>
        <source>A section: a case study, a template, advice</source>
        <translation>A section: a case study, a template, advice</translation>
    </message>
    <message>
        <source>Free text in Markdown</source>
        <translation>Free text in Markdown</translation>
    </message>
    <message>
        <source>{kind} – {hint}</source>
        <translation>{kind} – {hint}</translation>
    </message>
    <message>
        <source>Step {number}</source>
        <translation>Step {number}</translation>
    </message>
    <message>
        <source>Change the step&apos;s title</source>
        <translation>Change the step&apos;s title</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>Change the step&apos;s minutes</source>
        <translation>Change the step&apos;s minutes</translation>
    </message>
    <message>
        <source>At least</source>
        <translation>At least</translation>
    </message>
    <message>
        <source>half the step</source>
        <translation>half the step</translation>
    </message>
    <message>
        <source>Change the least minutes</source>
        <translation>Change the least minutes</translation>
    </message>
    <message>
        <source>The least this step may be shortened to when the session runs late.</source>
        <translation>The least this step may be shortened to when the session runs late.</translation>
    </message>
    <message>
        <source>Warning at</source>
        <translation>Warning at</translation>
    </message>
    <message>
        <source>Change the warning</source>
        <translation>Change the warning</translation>
    </message>
    <message>
        <source>Minutes left when the countdown turns to warning.</source>
        <translation>Minutes left when the countdown turns to warning.</translation>
    </message>
    <message>
        <source>Danger at</source>
        <translation>Danger at</translation>
    </message>
    <message>
        <source>Change the danger</source>
        <translation>Change the danger</translation>
    </message>
    <message>
        <source>Minutes left when the countdown turns to danger.</source>
        <translation>Minutes left when the countdown turns to danger.</translation>
    </message>
    <message>
        <source>Change the step&apos;s id</source>
        <translation>Change the step&apos;s id</translation>
    </message>
    <message>
        <source>A short name for the step, unique in the session: letters, digits and hyphens.</source>
        <translation>A short name for the step, unique in the session: letters, digits and hyphens.</translation>
    </message>
    <message>
        <source>The trainer&apos;s instructions</source>
        <translation>The trainer&apos;s instructions</translation>
    </message>
    <message>
        <source>In Markdown: - for a list, **bold**, ## a heading.</source>
        <translation>In Markdown: - for a list, **bold**, ## a heading.</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Groups</translation>
    </message>
    <message>
        <source>How the room works in this step; the trainer can always choose otherwise.</source>
        <translation>How the room works in this step; the trainer can always choose otherwise.</translation>
    </message>
    <message>
        <source>Change the groups</source>
        <translation>Change the groups</translation>
    </message>
    <message>
        <source>Deal from</source>
        <translation>Deal from</translation>
    </message>
    <message>
        <source>Nothing dealt</source>
        <translation>Nothing dealt</translation>
    </message>
    <message>
        <source>Change what is dealt</source>
        <translation>Change what is dealt</translation>
    </message>
    <message>
        <source>Cards per group</source>
        <translation>Cards per group</translation>
    </message>
    <message>
        <source>Documents per group</source>
        <translation>Documents per group</translation>
    </message>
    <message>
        <source>Every group has a turn (to present, report back)</source>
        <translation>Every group has a turn (to present, report back)</translation>
    </message>
    <message>
        <source>Change the turns</source>
        <translation>Change the turns</translation>
    </message>
    <message>
        <source>Minutes per turn</source>
        <translation>Minutes per turn</translation>
    </message>
    <message>
        <source>shared out</source>
        <translation>shared out</translation>
    </message>
    <message>
        <source>Order of turns</source>
        <translation>Order of turns</translation>
    </message>
    <message>
        <source>In group order</source>
        <translation>In group order</translation>
    </message>
    <message>
        <source>Shuffled</source>
        <translation>Shuffled</translation>
    </message>
    <message>
        <source>What may be shown during this step, in order. Double-click one to edit it.</source>
        <translation>What may be shown during this step, in order. Double-click one to edit it.</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Move up</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Move down</translation>
    </message>
    <message>
        <source>Item {number} of {count}.</source>
        <translation>Item {number} of {count}.</translation>
    </message>
    <message>
        <source>A step without items shows its title.</source>
        <translation>A step without items shows its title.</translation>
    </message>
    <message>
        <source>{kind} · step {step}, item {number}</source>
        <translation>{kind} · step {step}, item {number}</translation>
    </message>
    <message>
        <source>Change the question</source>
        <translation>Change the question</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>Heading</translation>
    </message>
    <message>
        <source>Change the heading</source>
        <translation>Change the heading</translation>
    </message>
    <message>
        <source>Choose what is projected</source>
        <translation>Choose what is projected</translation>
    </message>
    <message>
        <source>Edit this document…</source>
        <translation>Edit this document…</translation>
    </message>
    <message>
        <source>Edit this card…</source>
        <translation>Edit this card…</translation>
    </message>
    <message>
        <source>Choose the cards</source>
        <translation>Choose the cards</translation>
    </message>
    <message>
        <source>One to four cards, shown side by side, as one group receives them.</source>
        <translation>One to four cards, shown side by side, as one group receives them.</translation>
    </message>
    <message>
        <source>Choose the hand-out</source>
        <translation>Choose the hand-out</translation>
    </message>
    <message>
        <source>Edit this hand-out…</source>
        <translation>Edit this hand-out…</translation>
    </message>
    <message>
        <source>Sentence</source>
        <translation>Sentence</translation>
    </message>
    <message>
        <source>Change the sentence</source>
        <translation>Change the sentence</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>Examples</translation>
    </message>
    <message>
        <source>Change the examples</source>
        <translation>Change the examples</translation>
    </message>
    <message>
        <source>{title} ({file})</source>
        <translation>{title} ({file})</translation>
    </message>
    <message>
        <source>Choose the section</source>
        <translation>Choose the section</translation>
    </message>
    <message>
        <source>Edit this section…</source>
        <translation>Edit this section…</translation>
    </message>
    <message>
        <source>Back to the step</source>
        <translation>Back to the step</translation>
    </message>
    <message>
        <source>{file}: {problem}</source>
        <translation>{file}: {problem}</translation>
    </message>
    <message>
        <source>the file is not a set of fields</source>
        <translation>the file is not a set of fields</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>Show this at the next start too (Help menu)</source>
        <translation>Show this at the next start too (Help menu)</translation>
    </message>
    <message>
        <source>Getting started</source>
        <translation>Getting started</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>User guide</translation>
    </message>
    <message>
        <source>Runs a workshop live, step by step: a presenter window for the trainer, a projector window for the room, a record of every run and its report.</source>
        <translation>Runs a workshop live, step by step: a presenter window for the trainer, a projector window for the room, a record of every run and its report.</translation>
    </message>
    <message>
        <source>Built with Python {python}, Qt {qt} and PySide {pyside}.</source>
        <translation>Built with Python {python}, Qt {qt} and PySide {pyside}.</translation>
    </message>
    <message>
        <source>The STEAM Coach material</source>
        <translation>The STEAM Coach material</translation>
    </message>
    <message>
        <source>The bundled sessions, hand-outs, cards, didactic advice, how-to guide, case study “Komm, mach MINT” and call to action are the trainer guidelines (“Richtlijnen voor trainers”) of the STEAM Coach project’s diversity- and gender-aware continuing professional development programme, followed faithfully; the English sessions are a translation of the Dutch.</source>
        <translation>The bundled sessions, hand-outs, cards, didactic advice, how-to guide, case study “Komm, mach MINT” and call to action are the trainer guidelines (“Richtlijnen voor trainers”) of the STEAM Coach project’s diversity- and gender-aware continuing professional development programme, followed faithfully; the English sessions are a translation of the Dutch.</translation>
    </message>
    <message>
        <source>Its references</source>
        <translation>Its references</translation>
    </message>
    <message>
        <source>About Facilitator</source>
        <translation>About Facilitator</translation>
    </message>
    <message>
        <source>Add to the applications menu</source>
        <translation>Add to the applications menu</translation>
    </message>
    <message>
        <source>Facilitator is in the applications menu already. Update the entry (it then starts this installation), or remove it?</source>
        <translation>Facilitator is in the applications menu already. Update the entry (it then starts this installation), or remove it?</translation>
    </message>
    <message>
        <source>&amp;Update</source>
        <translation>&amp;Update</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>The menu entry could not be written: {reason}</source>
        <translation>The menu entry could not be written: {reason}</translation>
    </message>
    <message>
        <source>Facilitator is in the applications menu (the entry: {file}).</source>
        <translation>Facilitator is in the applications menu (the entry: {file}).</translation>
    </message>
    <message>
        <source>Facilitator is no longer in the applications menu.</source>
        <translation>Facilitator is no longer in the applications menu.</translation>
    </message>
</context>
<context>
    <name>Journal</name>
    <message>
        <source>Could not write the session log ({reason}); the session goes on and nothing is lost yet: {count} entries are kept in memory and will be written as soon as possible.</source>
        <translation>Could not write the session log ({reason}); the session goes on and nothing is lost yet: {count} entries are kept in memory and will be written as soon as possible.</translation>
    </message>
    <message>
        <source>The session log could not be read: {reason}.</source>
        <translation>The session log could not be read: {reason}.</translation>
    </message>
    <message>
        <source>Line {number} of the session log is damaged and was skipped.</source>
        <translation>Line {number} of the session log is damaged and was skipped.</translation>
    </message>
    <message>
        <source>The last line ({number}) of the session log was cut off (probably by a crash) and was skipped.</source>
        <translation>The last line ({number}) of the session log was cut off (probably by a crash) and was skipped.</translation>
    </message>
    <message>
        <source>The agenda was changed during the run, but the log lacks its plan.</source>
        <translation>The agenda was changed during the run, but the log lacks its plan.</translation>
    </message>
    <message>
        <source>The session log does not say which agenda was running.</source>
        <translation>The session log does not say which agenda was running.</translation>
    </message>
    <message>
        <source>The agenda file {where} cannot be opened now: {error}</source>
        <translation>The agenda file {where} cannot be opened now: {error}</translation>
    </message>
    <message>
        <source>The agenda file was changed since the run began; its new version is used.</source>
        <translation>The agenda file was changed since the run began; its new version is used.</translation>
    </message>
    <message>
        <source>That run is not under way; there is nothing to resume.</source>
        <translation>That run is not under way; there is nothing to resume.</translation>
    </message>
</context>
<context>
    <name>Keys</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Keys</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Command</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>What it does</translation>
    </message>
    <message>
        <source>A presentation clicker sends this key</source>
        <translation>A presentation clicker sends this key</translation>
    </message>
    <message>
        <source>Keys in bold are the ones a presentation clicker sends. PageDown never leaves the step: the next step is N or Ctrl+Right, and P goes back.</source>
        <translation>Keys in bold are the ones a presentation clicker sends. PageDown never leaves the step: the next step is N or Ctrl+Right, and P goes back.</translation>
    </message>
</context>
<context>
    <name>Participants</name>
    <message>
        <source>Phones</source>
        <translation>Phones</translation>
    </message>
    <message>
        <source>Phones may post notes in this step</source>
        <translation>Phones may post notes in this step</translation>
    </message>
    <message>
        <source>Put phones&apos; notes on the wall at once (no moderation)</source>
        <translation>Put phones&apos; notes on the wall at once (no moderation)</translation>
    </message>
    <message>
        <source>Ask for a name with each note (participants may leave it empty)</source>
        <translation>Ask for a name with each note (participants may leave it empty)</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Release</translation>
    </message>
    <message>
        <source>Release all</source>
        <translation>Release all</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Off: phones cannot connect.</source>
        <translation>Off: phones cannot connect.</translation>
    </message>
    <message>
        <source>On: {connections} connections, {refused} requests refused.</source>
        <translation>On: {connections} connections, {refused} requests refused.</translation>
    </message>
    <message>
        <source>Code {code}</source>
        <translation>Code {code}</translation>
    </message>
    <message>
        <source>Your phone as a remote (keep this to yourself): {address}/t/ code {code}</source>
        <translation>Your phone as a remote (keep this to yourself): {address}/t/ code {code}</translation>
    </message>
    <message>
        <source>Waiting for your release: {count}</source>
        <translation>Waiting for your release: {count}</translation>
    </message>
    <message>
        <source>No network to listen on: join the room&apos;s network (Wi-Fi) and switch the participants&apos; server on again.</source>
        <translation>No network to listen on: join the room&apos;s network (Wi-Fi) and switch the participants&apos; server on again.</translation>
    </message>
    <message>
        <source>Cannot listen on {host}: {error}.</source>
        <translation>Cannot listen on {host}: {error}.</translation>
    </message>
    <message>
        <source>Join screen (phones)</source>
        <translation>Join screen (phones)</translation>
    </message>
</context>
<context>
    <name>Print</name>
    <message>
        <source>Hand-outs</source>
        <translation>Hand-outs</translation>
    </message>
    <message>
        <source>Each hand-out as participants get it; one copy per group when the run has groups.</source>
        <translation>Each hand-out as participants get it; one copy per group when the run has groups.</translation>
    </message>
    <message>
        <source>“{title}” has no hand-outs.</source>
        <translation>“{title}” has no hand-outs.</translation>
    </message>
    <message>
        <source>Scenario cards</source>
        <translation>Scenario cards</translation>
    </message>
    <message>
        <source>The hand-outs&apos; cards, two to a sheet, to cut out.</source>
        <translation>The hand-outs&apos; cards, two to a sheet, to cut out.</translation>
    </message>
    <message>
        <source>“{title}” has no scenario cards.</source>
        <translation>“{title}” has no scenario cards.</translation>
    </message>
    <message>
        <source>Case study</source>
        <translation>Case study</translation>
    </message>
    <message>
        <source>The case study as participants read it, with its key figures.</source>
        <translation>The case study as participants read it, with its key figures.</translation>
    </message>
    <message>
        <source>“{title}” has no case study.</source>
        <translation>“{title}” has no case study.</translation>
    </message>
    <message>
        <source>Call to action</source>
        <translation>Call to action</translation>
    </message>
    <message>
        <source>The call-to-action template, with room to write in every phase.</source>
        <translation>The call-to-action template, with room to write in every phase.</translation>
    </message>
    <message>
        <source>“{title}” has no call to action (a section with phases).</source>
        <translation>“{title}” has no call to action (a section with phases).</translation>
    </message>
    <message>
        <source>Didactic advice</source>
        <translation>Didactic advice</translation>
    </message>
    <message>
        <source>The didactic advice, as a sheet for the trainer.</source>
        <translation>The didactic advice, as a sheet for the trainer.</translation>
    </message>
    <message>
        <source>“{title}” has no didactic advice.</source>
        <translation>“{title}” has no didactic advice.</translation>
    </message>
    <message>
        <source>How-to guide</source>
        <translation>How-to guide</translation>
    </message>
    <message>
        <source>The how-to guide, as a sheet for the trainer.</source>
        <translation>The how-to guide, as a sheet for the trainer.</translation>
    </message>
    <message>
        <source>“{title}” has no how-to guide.</source>
        <translation>“{title}” has no how-to guide.</translation>
    </message>
    <message>
        <source>Checklists</source>
        <translation>Checklists</translation>
    </message>
    <message>
        <source>Before, during and after the training, and the materials, with boxes to tick.</source>
        <translation>Before, during and after the training, and the materials, with boxes to tick.</translation>
    </message>
    <message>
        <source>“{title}” has no checklists and no materials.</source>
        <translation>“{title}” has no checklists and no materials.</translation>
    </message>
    <message>
        <source>Session plan</source>
        <translation>Session plan</translation>
    </message>
    <message>
        <source>Every step with its clock times, minutes, instructions and materials.</source>
        <translation>Every step with its clock times, minutes, instructions and materials.</translation>
    </message>
    <message>
        <source>“{title}” has no steps.</source>
        <translation>“{title}” has no steps.</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Groups</translation>
    </message>
    <message>
        <source>The run&apos;s groups, with their members and the cards or documents they were given.</source>
        <translation>The run&apos;s groups, with their members and the cards or documents they were given.</translation>
    </message>
    <message>
        <source>Run {run} has no groups: groups are made during the session.</source>
        <translation>Run {run} has no groups: groups are made during the session.</translation>
    </message>
    <message>
        <source>What the room said</source>
        <translation>What the room said</translation>
    </message>
    <message>
        <source>The wall&apos;s themes, notes and commitments, to send to participants afterwards.</source>
        <translation>The wall&apos;s themes, notes and commitments, to send to participants afterwards.</translation>
    </message>
    <message>
        <source>The wall of run {run} has no notes to print (hidden notes and notes not released are left out).</source>
        <translation>The wall of run {run} has no notes to print (hidden notes and notes not released are left out).</translation>
    </message>
    <message>
        <source>“{label}” is made from a run, and no run was chosen.</source>
        <extracomment>Every printout&apos;s name, in the order they are offered and written.</extracomment>
        <translation>“{label}” is made from a run, and no run was chosen.</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>Select all</source>
        <translation>Select all</translation>
    </message>
    <message>
        <source>Select none</source>
        <translation>Select none</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>The session plan starts at:</source>
        <translation>The session plan starts at:</translation>
    </message>
    <message>
        <source>Write the PDFs in:</source>
        <translation>Write the PDFs in:</translation>
    </message>
    <message>
        <source>Write PDFs</source>
        <translation>Write PDFs</translation>
    </message>
    <message>
        <source>What to print of “{title}”, one PDF each:</source>
        <translation>What to print of “{title}”, one PDF each:</translation>
    </message>
    <message>
        <source>Write the PDFs in</source>
        <translation>Write the PDFs in</translation>
    </message>
    <message>
        <source>These printouts could not be written to {folder}:

{failures}

Choose another folder (one you can write to, on a disk with free space).</source>
        <translation>These printouts could not be written to {folder}:

{failures}

Choose another folder (one you can write to, on a disk with free space).</translation>
    </message>
    <message>
        <source>One PDF written to {folder}: {files}.</source>
        <translation>One PDF written to {folder}: {files}.</translation>
    </message>
    <message>
        <source>{count} PDFs written to {folder}: {files}.</source>
        <translation>{count} PDFs written to {folder}: {files}.</translation>
    </message>
    <message>
        <source>Nothing was written to {folder}.</source>
        <translation>Nothing was written to {folder}.</translation>
    </message>
    <message>
        <source>There is no run yet: groups and notes are made during the session.</source>
        <extracomment>Why groups and the wall cannot be printed before there is a run.</extracomment>
        <translation>There is no run yet: groups and notes are made during the session.</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>“{title}” has no hand-outs to print.</source>
        <translation>“{title}” has no hand-outs to print.</translation>
    </message>
    <message>
        <source>Print hand-outs – save as PDF</source>
        <translation>Print hand-outs – save as PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Print hand-outs</source>
        <translation>Print hand-outs</translation>
    </message>
    <message>
        <source>The hand-outs could not be written to
{file}

{reason}.

Choose another folder (one you can write to, on a disk with free space).</source>
        <translation>The hand-outs could not be written to
{file}

{reason}.

Choose another folder (one you can write to, on a disk with free space).</translation>
    </message>
    <message>
        <source>Hand-outs not written: {reason}</source>
        <translation>Hand-outs not written: {reason}</translation>
    </message>
    <message>
        <source>Hand-outs written to {file} ({pages} pages)</source>
        <translation>Hand-outs written to {file} ({pages} pages)</translation>
    </message>
</context>
<context>
    <name>Projector</name>
    <message>
        <source>Dark</source>
        <translation>Dark</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Light</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>High contrast</translation>
    </message>
    <message>
        <source>Large digits</source>
        <translation>Large digits</translation>
    </message>
    <message>
        <source>Small, in a corner</source>
        <translation>Small, in a corner</translation>
    </message>
    <message>
        <source>Hidden</source>
        <translation>Hidden</translation>
    </message>
    <message>
        <source>Disc (Time Timer)</source>
        <translation>Disc (Time Timer)</translation>
    </message>
    <message>
        <source>Black screen</source>
        <translation>Black screen</translation>
    </message>
    <message>
        <source>Timer st&amp;yle</source>
        <translation>Timer st&amp;yle</translation>
    </message>
    <message>
        <source>T&amp;heme</source>
        <translation>T&amp;heme</translation>
    </message>
    <message>
        <source>Trainer name</source>
        <translation>Trainer name</translation>
    </message>
    <message>
        <source>Your name, as the title screen shows it:</source>
        <translation>Your name, as the title screen shows it:</translation>
    </message>
    <message>
        <source>Projector — Facilitator</source>
        <translation>Projector — Facilitator</translation>
    </message>
    <message>
        <source>Closing screen: thanks and the session&apos;s title (the session has finished)</source>
        <translation>Closing screen: thanks and the session&apos;s title (the session has finished)</translation>
    </message>
    <message>
        <source>{screen}, page {page} of {pages}</source>
        <translation>{screen}, page {page} of {pages}</translation>
    </message>
    <message>
        <source>Item {item} of {items}, page {page} of {pages}: {label}</source>
        <translation>Item {item} of {items}, page {page} of {pages}: {label}</translation>
    </message>
    <message>
        <source>Item {item} of {items}: {label}</source>
        <translation>Item {item} of {items}: {label}</translation>
    </message>
    <message>
        <source>Frozen on “{label}” (F to go live); console at</source>
        <translation>Frozen on “{label}” (F to go live); console at</translation>
    </message>
    <message>
        <source>Title screen (T to go back)</source>
        <translation>Title screen (T to go back)</translation>
    </message>
    <message>
        <source>behind it: {item}</source>
        <translation>behind it: {item}</translation>
    </message>
    <message>
        <source>On the projector at once: {label}, page {page} of {count} (Home takes it off)</source>
        <translation>On the projector at once: {label}, page {page} of {count} (Home takes it off)</translation>
    </message>
    <message>
        <source>On the projector at once: {label} (Home takes it off)</source>
        <translation>On the projector at once: {label} (Home takes it off)</translation>
    </message>
    <message>
        <source>The groups (G takes them off)</source>
        <translation>The groups (G takes them off)</translation>
    </message>
    <message>
        <source>What each group was given (K takes it off)</source>
        <translation>What each group was given (K takes it off)</translation>
    </message>
    <message>
        <source>The group&apos;s turn (Shift+Y takes it off)</source>
        <translation>The group&apos;s turn (Shift+Y takes it off)</translation>
    </message>
    <message>
        <source>How phones join (J takes it off)</source>
        <translation>How phones join (J takes it off)</translation>
    </message>
    <message>
        <source>The wall, newest first (W takes it off)</source>
        <translation>The wall, newest first (W takes it off)</translation>
    </message>
    <message>
        <source>The wall by theme (Shift+W takes it off)</source>
        <translation>The wall by theme (Shift+W takes it off)</translation>
    </message>
    <message>
        <source>Next (PageDown): page {page} of {pages}</source>
        <translation>Next (PageDown): page {page} of {pages}</translation>
    </message>
    <message>
        <source>Next (PageDown): back to the item, {label}</source>
        <translation>Next (PageDown): back to the item, {label}</translation>
    </message>
    <message>
        <source>Nothing comes after the closing screen: P reopens the last step</source>
        <translation>Nothing comes after the closing screen: P reopens the last step</translation>
    </message>
    <message>
        <source>Last item of this step</source>
        <translation>Last item of this step</translation>
    </message>
    <message>
        <source>Next item (PageDown): {label}</source>
        <translation>Next item (PageDown): {label}</translation>
    </message>
    <message>
        <source>Closing screen</source>
        <translation>Closing screen</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Folder</source>
        <comment>All other platforms</comment>
        <translation>Folder</translation>
    </message>
    <message>
        <source>File Folder</source>
        <comment>Match Windows Explorer</comment>
        <translation>File Folder</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>Drive</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Look in:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Files of &amp;type:</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <source>Resume the session?</source>
        <translation>Resume the session?</translation>
    </message>
    <message>
        <source>Resume: the session goes on at the same step, and the time the app was down counts as elapsed (the room kept going).
Resume paused: the step&apos;s countdown stands where it was when the app stopped; press Space to go on.
What was recorded is kept either way.</source>
        <translation>Resume: the session goes on at the same step, and the time the app was down counts as elapsed (the room kept going).
Resume paused: the step&apos;s countdown stands where it was when the app stopped; press Space to go on.
What was recorded is kept either way.</translation>
    </message>
    <message>
        <source>Note: {warning}</source>
        <translation>Note: {warning}</translation>
    </message>
    <message>
        <source>&amp;Resume – the time the app was down counts</source>
        <translation>&amp;Resume – the time the app was down counts</translation>
    </message>
    <message>
        <source>Resume &amp;paused – where it stopped</source>
        <translation>Resume &amp;paused – where it stopped</translation>
    </message>
    <message>
        <source>&amp;Try again – wait for the agenda file</source>
        <translation>&amp;Try again – wait for the agenda file</translation>
    </message>
    <message>
        <source>&amp;Don&apos;t resume – start afresh</source>
        <translation>&amp;Don&apos;t resume – start afresh</translation>
    </message>
    <message>
        <source>The session&apos;s agenda is not there</source>
        <translation>The session&apos;s agenda is not there</translation>
    </message>
    <message>
        <source>&amp;Try again – the file is there now</source>
        <translation>&amp;Try again – the file is there now</translation>
    </message>
    <message>
        <source>&amp;Start afresh – end that session</source>
        <translation>&amp;Start afresh – end that session</translation>
    </message>
    <message>
        <source>The session cannot be resumed</source>
        <translation>The session cannot be resumed</translation>
    </message>
    <message>
        <source>{problem}. The session log holds its plan (the steps, their minutes and the time so far), so the session can go on from it; what the steps show on the projector (questions, hand-outs, cards) is missing until the file is back, and it is taken as soon as it is. Or wait for the file (a USB stick not yet plugged in, a file still being saved) and try again.</source>
        <translation>{problem}. The session log holds its plan (the steps, their minutes and the time so far), so the session can go on from it; what the steps show on the projector (questions, hand-outs, cards) is missing until the file is back, and it is taken as soon as it is. Or wait for the file (a USB stick not yet plugged in, a file still being saved) and try again.</translation>
    </message>
    <message>
        <source>{problem}. The session goes on from the plan in its log; what the steps show on the projector is missing until the file is back, and it is taken as soon as it is.</source>
        <translation>{problem}. The session goes on from the plan in its log; what the steps show on the projector is missing until the file is back, and it is taken as soon as it is.</translation>
    </message>
    <message>
        <source>{problem}. Wait for the file (a USB stick not yet plugged in, a file still being saved) and try again, or start afresh, which ends that session for good.</source>
        <translation>{problem}. Wait for the file (a USB stick not yet plugged in, a file still being saved) and try again, or start afresh, which ends that session for good.</translation>
    </message>
    <message>
        <source>“{title}” ({mode}) stopped unexpectedly at an unknown time, during step {number} of {count}, “{step}”, with {left} left (paused).</source>
        <translation>“{title}” ({mode}) stopped unexpectedly at an unknown time, during step {number} of {count}, “{step}”, with {left} left (paused).</translation>
    </message>
    <message>
        <source>“{title}” ({mode}) stopped unexpectedly at an unknown time, during step {number} of {count}, “{step}”, with {left} left (running).</source>
        <translation>“{title}” ({mode}) stopped unexpectedly at an unknown time, during step {number} of {count}, “{step}”, with {left} left (running).</translation>
    </message>
    <message>
        <source>“{title}” ({mode}) stopped unexpectedly at {time} ({ago}), during step {number} of {count}, “{step}”, with {left} left (paused).</source>
        <translation>“{title}” ({mode}) stopped unexpectedly at {time} ({ago}), during step {number} of {count}, “{step}”, with {left} left (paused).</translation>
    </message>
    <message>
        <source>“{title}” ({mode}) stopped unexpectedly at {time} ({ago}), during step {number} of {count}, “{step}”, with {left} left (running).</source>
        <translation>“{title}” ({mode}) stopped unexpectedly at {time} ({ago}), during step {number} of {count}, “{step}”, with {left} left (running).</translation>
    </message>
    <message>
        <source>“{title}” ({mode}) was closed at an unknown time in the middle of the session, during step {number} of {count}, “{step}”, with {left} left (paused).</source>
        <translation>“{title}” ({mode}) was closed at an unknown time in the middle of the session, during step {number} of {count}, “{step}”, with {left} left (paused).</translation>
    </message>
    <message>
        <source>“{title}” ({mode}) was closed at an unknown time in the middle of the session, during step {number} of {count}, “{step}”, with {left} left (running).</source>
        <translation>“{title}” ({mode}) was closed at an unknown time in the middle of the session, during step {number} of {count}, “{step}”, with {left} left (running).</translation>
    </message>
    <message>
        <source>“{title}” ({mode}) was closed at {time} ({ago}) in the middle of the session, during step {number} of {count}, “{step}”, with {left} left (paused).</source>
        <translation>“{title}” ({mode}) was closed at {time} ({ago}) in the middle of the session, during step {number} of {count}, “{step}”, with {left} left (paused).</translation>
    </message>
    <message>
        <source>“{title}” ({mode}) was closed at {time} ({ago}) in the middle of the session, during step {number} of {count}, “{step}”, with {left} left (running).</source>
        <translation>“{title}” ({mode}) was closed at {time} ({ago}) in the middle of the session, during step {number} of {count}, “{step}”, with {left} left (running).</translation>
    </message>
</context>
<context>
    <name>Reference</name>
    <message>
        <source>Search the reference (Ctrl+F)…</source>
        <translation>Search the reference (Ctrl+F)…</translation>
    </message>
    <message>
        <source>With my own instructions</source>
        <translation>With my own instructions</translation>
    </message>
    <message>
        <source>Also show the room the parts of this text that the agenda marks as the trainer&apos;s own (such as how to use a template)</source>
        <translation>Also show the room the parts of this text that the agenda marks as the trainer&apos;s own (such as how to use a template)</translation>
    </message>
    <message>
        <source>Introduction</source>
        <translation>Introduction</translation>
    </message>
    <message>
        <source>About this material</source>
        <translation>About this material</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <source>Checklists</source>
        <translation>Checklists</translation>
    </message>
    <message>
        <source>References</source>
        <translation>References</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
</context>
<context>
    <name>Rehearsal</name>
    <message>
        <source>REHEARSAL</source>
        <translation>REHEARSAL</translation>
    </message>
    <message>
        <source>This run is recorded as a rehearsal, not as a live session</source>
        <translation>This run is recorded as a rehearsal, not as a live session</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Actual</translation>
    </message>
    <message>
        <source>This run</source>
        <translation>This run</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Difference</translation>
    </message>
    <message>
        <source>Overtime</source>
        <translation>Overtime</translation>
    </message>
    <message>
        <source>Adjusted</source>
        <translation>Adjusted</translation>
    </message>
    <message>
        <source>Pauses</source>
        <translation>Pauses</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>Last</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Mean</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Runs</translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation>Suggested</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>Given</translation>
    </message>
    <message>
        <source>1 turn</source>
        <translation>1 turn</translation>
    </message>
    <message>
        <source>{count} turns</source>
        <translation>{count} turns</translation>
    </message>
    <message>
        <source>Overrun</source>
        <translation>Overrun</translation>
    </message>
    <message>
        <source>1 note</source>
        <translation>1 note</translation>
    </message>
    <message>
        <source>{count} notes</source>
        <translation>{count} notes</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Theme</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Run: {run}</source>
        <translation>Run: {run}</translation>
    </message>
    <message>
        <source>Agenda: {agenda}</source>
        <translation>Agenda: {agenda}</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Steps</translation>
    </message>
    <message>
        <source>Compared with earlier runs</source>
        <translation>Compared with earlier runs</translation>
    </message>
    <message>
        <source>Interruptions</source>
        <translation>Interruptions</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Warnings</translation>
    </message>
    <message>
        <source>Live session</source>
        <translation>Live session</translation>
    </message>
    <message>
        <source>Rehearsal</source>
        <translation>Rehearsal</translation>
    </message>
    <message>
        <source>Dry run</source>
        <translation>Dry run</translation>
    </message>
    <message>
        <source>The app stopped around {at}; down {down}, counted as elapsed.</source>
        <translation>The app stopped around {at}; down {down}, counted as elapsed.</translation>
    </message>
    <message>
        <source>The app stopped around {at}; down {down}, resumed paused.</source>
        <translation>The app stopped around {at}; down {down}, resumed paused.</translation>
    </message>
    <message>
        <source>under way</source>
        <translation>under way</translation>
    </message>
    <message>
        <source>done</source>
        <translation>done</translation>
    </message>
    <message>
        <source>on the wall</source>
        <translation>on the wall</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>hidden</translation>
    </message>
    <message>
        <source>not released</source>
        <translation>not released</translation>
    </message>
    <message>
        <source>stopped here</source>
        <translation>stopped here</translation>
    </message>
    <message>
        <source>left unfinished</source>
        <translation>left unfinished</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>skipped</translation>
    </message>
    <message>
        <source>not reached</source>
        <translation>not reached</translation>
    </message>
    <message>
        <source>taken out of the agenda</source>
        <translation>taken out of the agenda</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>finished</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>not started</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>interrupted</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>closed</translation>
    </message>
    <message>
        <source>Actual: the step&apos;s running time, pauses excluded. Suggested: the median of the actual times of this agenda&apos;s live runs and rehearsals, in whole minutes. A step&apos;s time below a third of its plan, a run whose steps took less than a third of their plan in all (clicked through), and a run you left out are not used.</source>
        <translation>Actual: the step&apos;s running time, pauses excluded. Suggested: the median of the actual times of this agenda&apos;s live runs and rehearsals, in whole minutes. A step&apos;s time below a third of its plan, a run whose steps took less than a third of their plan in all (clicked through), and a run you left out are not used.</translation>
    </message>
    <message>
        <source>Not used: {run}, whose steps took {actual} of the {planned} planned: a run clicked through says nothing of how long the steps take.</source>
        <translation>Not used: {run}, whose steps took {actual} of the {planned} planned: a run clicked through says nothing of how long the steps take.</translation>
    </message>
    <message>
        <source>Not used: {run}, which you left out.</source>
        <translation>Not used: {run}, which you left out.</translation>
    </message>
    <message>
        <source>This run is not used for the suggestions: its steps took {actual} of the {planned} planned.</source>
        <translation>This run is not used for the suggestions: its steps took {actual} of the {planned} planned.</translation>
    </message>
    <message>
        <source>This run is not used for the suggestions: you left it out.</source>
        <translation>This run is not used for the suggestions: you left it out.</translation>
    </message>
    <message>
        <source>Step times below a third of their plan are not used: {count} here.</source>
        <translation>Step times below a third of their plan are not used: {count} here.</translation>
    </message>
    <message>
        <source>the live session of {when}</source>
        <translation>the live session of {when}</translation>
    </message>
    <message>
        <source>the rehearsal of {when}</source>
        <translation>the rehearsal of {when}</translation>
    </message>
    <message>
        <source>the dry run of {when}</source>
        <translation>the dry run of {when}</translation>
    </message>
    <message>
        <source>{mode} at {speed}× speed</source>
        <translation>{mode} at {speed}× speed</translation>
    </message>
    <message>
        <source>Started {started}, ended {ended} (session time {elapsed}, pauses included)</source>
        <translation>Started {started}, ended {ended} (session time {elapsed}, pauses included)</translation>
    </message>
    <message>
        <source>{count}× restarted</source>
        <translation>{count}× restarted</translation>
    </message>
    <message>
        <source>Earlier live runs and rehearsals of this agenda: {runs}.</source>
        <translation>Earlier live runs and rehearsals of this agenda: {runs}.</translation>
    </message>
    <message>
        <source>No earlier live runs or rehearsals of this agenda are recorded.</source>
        <translation>No earlier live runs or rehearsals of this agenda are recorded.</translation>
    </message>
    <message>
        <source>This run is a dry run: it never counts in comparisons or suggestions.</source>
        <translation>This run is a dry run: it never counts in comparisons or suggestions.</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Groups</translation>
    </message>
    <message>
        <source>Group turns</source>
        <translation>Group turns</translation>
    </message>
    <message>
        <source>Actual: the turn&apos;s running time, pauses excluded. Overrun: how long it ran past its planned time.</source>
        <translation>Actual: the turn&apos;s running time, pauses excluded. Overrun: how long it ran past its planned time.</translation>
    </message>
    <message>
        <source>1 group</source>
        <translation>1 group</translation>
    </message>
    <message>
        <source>{count} groups</source>
        <translation>{count} groups</translation>
    </message>
    <message>
        <source>pairs</source>
        <translation>pairs</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <source>1 person gave feedback: {mean} of {scale} ({spread})</source>
        <translation>1 person gave feedback: {mean} of {scale} ({spread})</translation>
    </message>
    <message>
        <source>{count} people gave feedback: {mean} of {scale} on average ({spread})</source>
        <translation>{count} people gave feedback: {mean} of {scale} on average ({spread})</translation>
    </message>
    <message>
        <source>The wall</source>
        <translation>The wall</translation>
    </message>
    <message>
        <source>Each theme&apos;s notes in the order they were written, then the notes in no theme. Hidden: kept off the projector. Not released: sent from a phone and never let onto the wall.</source>
        <translation>Each theme&apos;s notes in the order they were written, then the notes in no theme. Hidden: kept off the projector. Not released: sent from a phone and never let onto the wall.</translation>
    </message>
    <message>
        <source>In no theme</source>
        <translation>In no theme</translation>
    </message>
    <message>
        <source>, reshuffled once</source>
        <translation>, reshuffled once</translation>
    </message>
    <message>
        <source>, reshuffled {times} times</source>
        <translation>, reshuffled {times} times</translation>
    </message>
    <message>
        <source>; dealt from {handouts}</source>
        <translation>; dealt from {handouts}</translation>
    </message>
    <message>
        <source>{title}: {groups}, as many as asked{reshuffled}{dealt}.</source>
        <translation>{title}: {groups}, as many as asked{reshuffled}{dealt}.</translation>
    </message>
    <message>
        <source>two (pairs)</source>
        <translation>two (pairs)</translation>
    </message>
    <message>
        <source>{title}: {groups} of {size}{reshuffled}{dealt}.</source>
        <translation>{title}: {groups} of {size}{reshuffled}{dealt}.</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Reports — Facilitator</source>
        <translation>Reports — Facilitator</translation>
    </message>
    <message>
        <source>Leave this run out of comparisons and suggested durations</source>
        <translation>Leave this run out of comparisons and suggested durations</translation>
    </message>
    <message>
        <source>For a run that was no real rehearsal (stopped early, clicked through, another group): its times are no longer used to suggest durations</source>
        <translation>For a run that was no real rehearsal (stopped early, clicked through, another group): its times are no longer used to suggest durations</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Chart</translation>
    </message>
    <message>
        <source>The room</source>
        <translation>The room</translation>
    </message>
    <message>
        <source>Export:</source>
        <translation>Export:</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Run:</source>
        <translation>Run:</translation>
    </message>
    <message>
        <source>No runs are recorded yet</source>
        <translation>No runs are recorded yet</translation>
    </message>
    <message>
        <source>Runs are kept in {folder}.</source>
        <translation>Runs are kept in {folder}.</translation>
    </message>
    <message>
        <source>This run has no report</source>
        <translation>This run has no report</translation>
    </message>
    <message>
        <source>Planned {planned}, actual {actual} ({difference}); session time {elapsed} with pauses, from {started} to {ended}.</source>
        <translation>Planned {planned}, actual {actual} ({difference}); session time {elapsed} with pauses, from {started} to {ended}.</translation>
    </message>
    <message>
        <source>Note: {warning}</source>
        <translation>Note: {warning}</translation>
    </message>
    <message>
        <source>The choice was not saved</source>
        <translation>The choice was not saved</translation>
    </message>
    <message>
        <source>Could not write in {folder}: {reason}.</source>
        <translation>Could not write in {folder}: {reason}.</translation>
    </message>
    <message>
        <source>Export the report</source>
        <translation>Export the report</translation>
    </message>
    <message>
        <source>The report was not saved</source>
        <translation>The report was not saved</translation>
    </message>
    <message>
        <source>Could not write {file}: {reason}. Choose another folder.</source>
        <translation>Could not write {file}: {reason}. Choose another folder.</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>planned</translation>
    </message>
    <message>
        <source>actual</source>
        <translation>actual</translation>
    </message>
    <message>
        <source>beyond the plan</source>
        <translation>beyond the plan</translation>
    </message>
    <message>
        <source>suggested</source>
        <translation>suggested</translation>
    </message>
    <message>
        <source>{title} – report</source>
        <translation>{title} – report</translation>
    </message>
    <message>
        <source>Run {run} · agenda {agenda}</source>
        <translation>Run {run} · agenda {agenda}</translation>
    </message>
    <message>
        <source>Planned against actual</source>
        <translation>Planned against actual</translation>
    </message>
</context>
<context>
    <name>Room</name>
    <message>
        <source>There is nobody in the room yet: type how many people there are, or paste their names.</source>
        <extracomment>The English sentence of every notice and error, by key (marked for translation).</extracomment>
        <translation>There is nobody in the room yet: type how many people there are, or paste their names.</translation>
    </message>
    <message>
        <source>A room holds at most {limit} people; this list has {count}. Nothing was changed.</source>
        <translation>A room holds at most {limit} people; this list has {count}. Nothing was changed.</translation>
    </message>
    <message>
        <source>No names were found in the text: write one name per line, or separate them with commas.</source>
        <translation>No names were found in the text: write one name per line, or separate them with commas.</translation>
    </message>
    <message>
        <source>Some names were given twice; they are told apart by a number: {names}.</source>
        <translation>Some names were given twice; they are told apart by a number: {names}.</translation>
    </message>
    <message>
        <source>The people were replaced, so the groups were cleared: make new groups.</source>
        <translation>The people were replaced, so the groups were cleared: make new groups.</translation>
    </message>
    <message>
        <source>That person is not in the room (any more).</source>
        <translation>That person is not in the room (any more).</translation>
    </message>
    <message>
        <source>A name needs at least one letter or digit.</source>
        <translation>A name needs at least one letter or digit.</translation>
    </message>
    <message>
        <source>There are no groups yet: make groups first.</source>
        <translation>There are no groups yet: make groups first.</translation>
    </message>
    <message>
        <source>Phones cannot join yet: start the participants&apos; server first (Ctrl+Shift+J).</source>
        <translation>Phones cannot join yet: start the participants&apos; server first (Ctrl+Shift+J).</translation>
    </message>
    <message>
        <source>The number of groups must be from 1 to the number of people ({people}).</source>
        <translation>The number of groups must be from 1 to the number of people ({people}).</translation>
    </message>
    <message>
        <source>{people} people do not make groups of {size} exactly: the groups have {sizes} people.</source>
        <translation>{people} people do not make groups of {size} exactly: the groups have {sizes} people.</translation>
    </message>
    <message>
        <source>{people} people do not make pairs exactly: one group is a trio.</source>
        <translation>{people} people do not make pairs exactly: one group is a trio.</translation>
    </message>
    <message>
        <source>{people} people are too few for groups of {size}: they are one group.</source>
        <translation>{people} people are too few for groups of {size}: they are one group.</translation>
    </message>
    <message>
        <source>Only one grouping is possible with these people, so nobody moved.</source>
        <translation>Only one grouping is possible with these people, so nobody moved.</translation>
    </message>
    <message>
        <source>{person} moved to group {group}.</source>
        <translation>{person} moved to group {group}.</translation>
    </message>
    <message>
        <source>{person} joined group {group}.</source>
        <translation>{person} joined group {group}.</translation>
    </message>
    <message>
        <source>Group {group} has no one left and is gone; the other groups keep their numbers.</source>
        <translation>Group {group} has no one left and is gone; the other groups keep their numbers.</translation>
    </message>
    <message>
        <source>Group {group} now has {count} people, more than {most}: reshuffle to make another group.</source>
        <translation>Group {group} now has {count} people, more than {most}: reshuffle to make another group.</translation>
    </message>
    <message>
        <source>Group {group} now has {count} people, fewer than {least}: reshuffle, or move someone into it.</source>
        <translation>Group {group} now has {count} people, fewer than {least}: reshuffle, or move someone into it.</translation>
    </message>
    <message>
        <source>There is no group {group}.</source>
        <translation>There is no group {group}.</translation>
    </message>
    <message>
        <source>Group {group} has nothing from {handout} yet: deal again.</source>
        <translation>Group {group} has nothing from {handout} yet: deal again.</translation>
    </message>
    <message>
        <source>This step does not say how big its groups are: choose a size or a number of groups.</source>
        <translation>This step does not say how big its groups are: choose a size or a number of groups.</translation>
    </message>
    <message>
        <source>{handout} has no {material} to deal.</source>
        <translation>{handout} has no {material} to deal.</translation>
    </message>
    <message>
        <source>With {per_group} per group, {left} of the {count} {material} go to no group.</source>
        <translation>With {per_group} per group, {left} of the {count} {material} go to no group.</translation>
    </message>
    <message>
        <source>Nothing has been dealt to these groups yet: deal the cards or documents first.</source>
        <translation>Nothing has been dealt to these groups yet: deal the cards or documents first.</translation>
    </message>
    <message>
        <source>This step does not say what to deal: choose a hand-out and how many per group.</source>
        <translation>This step does not say what to deal: choose a hand-out and how many per group.</translation>
    </message>
    <message>
        <source>There are no turns in this step yet: start the groups&apos; turns first.</source>
        <translation>There are no turns in this step yet: start the groups&apos; turns first.</translation>
    </message>
    <message>
        <source>{turns} turns of {each} take {total}, but {left} remain in this step.</source>
        <translation>{turns} turns of {each} take {total}, but {left} remain in this step.</translation>
    </message>
    <message>
        <source>The step has no time left, so each turn is set to {each}; set another time if you like.</source>
        <translation>The step has no time left, so each turn is set to {each}; set another time if you like.</translation>
    </message>
    <message>
        <source>No turn is under way.</source>
        <translation>No turn is under way.</translation>
    </message>
    <message>
        <source>Every turn has been done or skipped; add a turn to give a group another one.</source>
        <translation>Every turn has been done or skipped; add a turn to give a group another one.</translation>
    </message>
    <message>
        <source>That turn has already started or was skipped.</source>
        <translation>That turn has already started or was skipped.</translation>
    </message>
    <message>
        <source>There is no such turn.</source>
        <translation>There is no such turn.</translation>
    </message>
    <message>
        <source>A turn lasts from {least} to {most}.</source>
        <translation>A turn lasts from {least} to {most}.</translation>
    </message>
    <message>
        <source>The session is not running: start or resume it (Space) first; a group&apos;s turn runs with the step&apos;s time.</source>
        <translation>The session is not running: start or resume it (Space) first; a group&apos;s turn runs with the step&apos;s time.</translation>
    </message>
    <message>
        <source>A note needs some text.</source>
        <translation>A note needs some text.</translation>
    </message>
    <message>
        <source>A note has at most {limit} characters; this one has {count}. Shorten it, or split it into two notes.</source>
        <translation>A note has at most {limit} characters; this one has {count}. Shorten it, or split it into two notes.</translation>
    </message>
    <message>
        <source>A theme needs a name.</source>
        <translation>A theme needs a name.</translation>
    </message>
    <message>
        <source>A theme&apos;s name has at most {limit} characters.</source>
        <translation>A theme&apos;s name has at most {limit} characters.</translation>
    </message>
    <message>
        <source>That note is not on the wall (any more).</source>
        <translation>That note is not on the wall (any more).</translation>
    </message>
    <message>
        <source>That theme does not exist (any more).</source>
        <translation>That theme does not exist (any more).</translation>
    </message>
    <message>
        <source>A note cannot be put onto itself.</source>
        <translation>A note cannot be put onto itself.</translation>
    </message>
    <message>
        <source>The wall has no notes the room may see yet: write one in the Wall tab (Ctrl+Shift+N), or release or show the notes there.</source>
        <translation>The wall has no notes the room may see yet: write one in the Wall tab (Ctrl+Shift+N), or release or show the notes there.</translation>
    </message>
    <message>
        <source>Note {number} of the list: {why} Nothing was added.</source>
        <translation>Note {number} of the list: {why} Nothing was added.</translation>
    </message>
    <message>
        <source>The wall holds at most {limit} notes; remove some to add more.</source>
        <translation>The wall holds at most {limit} notes; remove some to add more.</translation>
    </message>
    <message>
        <source>A note&apos;s id from a phone has at most {limit} letters, digits, hyphens or underscores.</source>
        <translation>A note&apos;s id from a phone has at most {limit} letters, digits, hyphens or underscores.</translation>
    </message>
    <message>
        <source>A score is a whole number from 1 to {scale}.</source>
        <translation>A score is a whole number from 1 to {scale}.</translation>
    </message>
    <message>
        <source>A scale runs from 1 to 2 up to 1 to {most}.</source>
        <translation>A scale runs from 1 to 2 up to 1 to {most}.</translation>
    </message>
    <message>
        <source>1 minute</source>
        <translation>1 minute</translation>
    </message>
    <message>
        <source>{count} minutes</source>
        <translation>{count} minutes</translation>
    </message>
    <message>
        <source>1 second</source>
        <translation>1 second</translation>
    </message>
    <message>
        <source>{count} seconds</source>
        <translation>{count} seconds</translation>
    </message>
    <message>
        <source>{items} and {last}</source>
        <translation>{items} and {last}</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>waiting</translation>
    </message>
    <message>
        <source>under way</source>
        <translation>under way</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>paused</translation>
    </message>
    <message>
        <source>done</source>
        <translation>done</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>skipped</translation>
    </message>
    <message>
        <source>Nobody is in the room yet: Make groups… (Ctrl+G) asks how many people, or their names.</source>
        <translation>Nobody is in the room yet: Make groups… (Ctrl+G) asks how many people, or their names.</translation>
    </message>
    <message>
        <source>{people} in the room, not in groups yet: Make groups… (Ctrl+G).</source>
        <translation>{people} in the room, not in groups yet: Make groups… (Ctrl+G).</translation>
    </message>
    <message>
        <source>{people} in {groups}.</source>
        <translation>{people} in {groups}.</translation>
    </message>
    <message>
        <source>{people} in {groups} of {size}.</source>
        <translation>{people} in {groups} of {size}.</translation>
    </message>
    <message>
        <source>{people} in {groups} (pairs).</source>
        <translation>{people} in {groups} (pairs).</translation>
    </message>
    <message>
        <source>{people} in {groups} (as many groups as asked).</source>
        <translation>{people} in {groups} (as many groups as asked).</translation>
    </message>
    <message>
        <source>Turn {number} of {count}: {group}, {clock} {how}. Next: {next}.</source>
        <translation>Turn {number} of {count}: {group}, {clock} {how}. Next: {next}.</translation>
    </message>
    <message>
        <source>Turn {number} of {count}: {group}, {clock} {how}. This is the last turn.</source>
        <translation>Turn {number} of {count}: {group}, {clock} {how}. This is the last turn.</translation>
    </message>
    <message>
        <source>Next up: {group} ({each}). Y starts the turn.</source>
        <translation>Next up: {group} ({each}). Y starts the turn.</translation>
    </message>
    <message>
        <source>Every group has had its turn.</source>
        <translation>Every group has had its turn.</translation>
    </message>
    <message>
        <source>No group turns in this step: Group turns… (Ctrl+Y) gives each group a turn.</source>
        <translation>No group turns in this step: Group turns… (Ctrl+Y) gives each group a turn.</translation>
    </message>
    <message>
        <source>over</source>
        <translation>over</translation>
    </message>
    <message>
        <source>left</source>
        <translation>left</translation>
    </message>
    <message>
        <source>This step asks for groups of {size}: Make groups… (Ctrl+G).</source>
        <translation>This step asks for groups of {size}: Make groups… (Ctrl+G).</translation>
    </message>
    <message>
        <source>This step asks for pairs: Make groups… (Ctrl+G).</source>
        <translation>This step asks for pairs: Make groups… (Ctrl+G).</translation>
    </message>
    <message>
        <source>This step goes on with the groups made before.</source>
        <translation>This step goes on with the groups made before.</translation>
    </message>
    <message>
        <source>Every group has a turn: Group turns… (Ctrl+Y), then Y for each group.</source>
        <translation>Every group has a turn: Group turns… (Ctrl+Y), then Y for each group.</translation>
    </message>
    <message>
        <source>Every group has a turn of about {minutes} min: Group turns… (Ctrl+Y), then Y for each group.</source>
        <translation>Every group has a turn of about {minutes} min: Group turns… (Ctrl+Y), then Y for each group.</translation>
    </message>
    <message>
        <source>Deal every card to every group from {handout}: Deal… (Ctrl+K).</source>
        <translation>Deal every card to every group from {handout}: Deal… (Ctrl+K).</translation>
    </message>
    <message>
        <source>Deal 1 card per group from {handout}: Deal… (Ctrl+K).</source>
        <translation>Deal 1 card per group from {handout}: Deal… (Ctrl+K).</translation>
    </message>
    <message>
        <source>Deal {count} cards per group from {handout}: Deal… (Ctrl+K).</source>
        <translation>Deal {count} cards per group from {handout}: Deal… (Ctrl+K).</translation>
    </message>
    <message>
        <source>Deal every document to every group from {handout}: Deal… (Ctrl+K).</source>
        <translation>Deal every document to every group from {handout}: Deal… (Ctrl+K).</translation>
    </message>
    <message>
        <source>Deal 1 document per group from {handout}: Deal… (Ctrl+K).</source>
        <translation>Deal 1 document per group from {handout}: Deal… (Ctrl+K).</translation>
    </message>
    <message>
        <source>Deal {count} documents per group from {handout}: Deal… (Ctrl+K).</source>
        <translation>Deal {count} documents per group from {handout}: Deal… (Ctrl+K).</translation>
    </message>
    <message>
        <source>1 person</source>
        <translation>1 person</translation>
    </message>
    <message>
        <source>{n} people</source>
        <translation>{n} people</translation>
    </message>
    <message>
        <source>1 group</source>
        <translation>1 group</translation>
    </message>
    <message>
        <source>{n} groups</source>
        <translation>{n} groups</translation>
    </message>
    <message>
        <source>Groups ({count})</source>
        <extracomment>Slide kinds of the room&apos;s screens (the canvas gives a turn&apos;s clock its own area). Up to this many groups the grid has at most three columns, wide enough for a group&apos;s label on one line at the floor; more groups get four, and the label may break after &quot;·&quot;.</extracomment>
        <translation>Groups ({count})</translation>
    </message>
    <message>
        <source>Dealt: {handout}</source>
        <translation>Dealt: {handout}</translation>
    </message>
    <message>
        <source>Turns: all done</source>
        <translation>Turns: all done</translation>
    </message>
    <message>
        <source>Turn {number} of {count}: {title}</source>
        <translation>Turn {number} of {count}: {title}</translation>
    </message>
    <message>
        <source>The wall by theme ({notes} notes, {themes} themes)</source>
        <extracomment>Slide kinds of the wall: its notes as sticky notes (newest first), or a panel per theme.</extracomment>
        <translation>The wall by theme ({notes} notes, {themes} themes)</translation>
    </message>
    <message>
        <source>The wall ({notes} notes, newest first)</source>
        <translation>The wall ({notes} notes, newest first)</translation>
    </message>
    <message>
        <source>Make groups</source>
        <translation>Make groups</translation>
    </message>
    <message>
        <source>A number of people:</source>
        <translation>A number of people:</translation>
    </message>
    <message>
        <source>Their names (one per line, or separated by commas):</source>
        <translation>Their names (one per line, or separated by commas):</translation>
    </message>
    <message>
        <source>Anna
Bo
Chris</source>
        <translation>Anna
Bo
Chris</translation>
    </message>
    <message>
        <source>Who is in the room</source>
        <translation>Who is in the room</translation>
    </message>
    <message>
        <source>As the step asks: pairs</source>
        <translation>As the step asks: pairs</translation>
    </message>
    <message>
        <source>As the step asks: groups of {size}</source>
        <translation>As the step asks: groups of {size}</translation>
    </message>
    <message>
        <source>Groups of:</source>
        <translation>Groups of:</translation>
    </message>
    <message>
        <source>3-5, pairs or 4</source>
        <translation>3-5, pairs or 4</translation>
    </message>
    <message>
        <source>This many groups:</source>
        <translation>This many groups:</translation>
    </message>
    <message>
        <source>Groups for “{step}”</source>
        <translation>Groups for “{step}”</translation>
    </message>
    <message>
        <source>Type the names of the people, or choose a number of people.</source>
        <translation>Type the names of the people, or choose a number of people.</translation>
    </message>
    <message>
        <source>The size of the groups: {error}.</source>
        <translation>The size of the groups: {error}.</translation>
    </message>
    <message>
        <source>Deal cards or documents</source>
        <translation>Deal cards or documents</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>Cards</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Every one to every group</source>
        <translation>Every one to every group</translation>
    </message>
    <message>
        <source>Per group:</source>
        <translation>Per group:</translation>
    </message>
    <message>
        <source>Hand-out:</source>
        <translation>Hand-out:</translation>
    </message>
    <message>
        <source>What:</source>
        <translation>What:</translation>
    </message>
    <message>
        <source>This session has no hand-outs to deal.</source>
        <translation>This session has no hand-outs to deal.</translation>
    </message>
    <message>
        <source>This hand-out has {documents} documents and {cards} cards.</source>
        <translation>This hand-out has {documents} documents and {cards} cards.</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Group turns</source>
        <translation>Group turns</translation>
    </message>
    <message>
        <source>In group order (Group 1 first)</source>
        <translation>In group order (Group 1 first)</translation>
    </message>
    <message>
        <source>Shuffled</source>
        <translation>Shuffled</translation>
    </message>
    <message>
        <source>Time per group:</source>
        <translation>Time per group:</translation>
    </message>
    <message>
        <source>Order:</source>
        <translation>Order:</translation>
    </message>
    <message>
        <source>{turns} turns of {each} take {total}; {left} remain in this step.</source>
        <translation>{turns} turns of {each} take {total}; {left} remain in this step.</translation>
    </message>
    <message>
        <source>Time per turn</source>
        <translation>Time per turn</translation>
    </message>
    <message>
        <source>Time per turn (the turn under way and those waiting):</source>
        <translation>Time per turn (the turn under way and those waiting):</translation>
    </message>
    <message>
        <source>Someone arrives</source>
        <translation>Someone arrives</translation>
    </message>
    <message>
        <source>Their name (leave it empty when you only count people):</source>
        <translation>Their name (leave it empty when you only count people):</translation>
    </message>
    <message>
        <source>Nobody is in the room yet.</source>
        <translation>Nobody is in the room yet.</translation>
    </message>
    <message>
        <source>Someone leaves</source>
        <translation>Someone leaves</translation>
    </message>
    <message>
        <source>Who leaves?</source>
        <translation>Who leaves?</translation>
    </message>
    <message>
        <source>There are no groups yet: make groups first (Ctrl+G).</source>
        <translation>There are no groups yet: make groups first (Ctrl+G).</translation>
    </message>
    <message>
        <source>Add a turn</source>
        <translation>Add a turn</translation>
    </message>
    <message>
        <source>One more turn for:</source>
        <translation>One more turn for:</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Used</translation>
    </message>
    <message>
        <source>Over</source>
        <translation>Over</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Groups</translation>
    </message>
    <message>
        <source>Dealt</source>
        <translation>Dealt</translation>
    </message>
    <message>
        <source>Nothing dealt to these groups yet.</source>
        <translation>Nothing dealt to these groups yet.</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>language</source>
        <extracomment>The settings format this version writes (``settings/version``). Version 1 is the files of the earlier versions, which had no number and the same keys. The projector&apos;s smallest body text as a fraction of its screen&apos;s height: 1/30 is the floor that reads from the back of a room; larger is allowed. Where each preference is stored. Each preference in the trainer&apos;s words, for the notice of what was reset.</extracomment>
        <translation>language</translation>
    </message>
    <message>
        <source>trainer&apos;s name</source>
        <translation>trainer&apos;s name</translation>
    </message>
    <message>
        <source>projector screen</source>
        <translation>projector screen</translation>
    </message>
    <message>
        <source>theme</source>
        <translation>theme</translation>
    </message>
    <message>
        <source>timer style</source>
        <translation>timer style</translation>
    </message>
    <message>
        <source>text size</source>
        <translation>text size</translation>
    </message>
    <message>
        <source>warning threshold</source>
        <translation>warning threshold</translation>
    </message>
    <message>
        <source>danger threshold</source>
        <translation>danger threshold</translation>
    </message>
    <message>
        <source>chime volume</source>
        <translation>chime volume</translation>
    </message>
    <message>
        <source>mute</source>
        <translation>mute</translation>
    </message>
    <message>
        <source>default session</source>
        <translation>default session</translation>
    </message>
    <message>
        <source>Some settings could not be used and are back to their defaults: {names}. Preferences (Ctrl+,) changes them.</source>
        <translation>Some settings could not be used and are back to their defaults: {names}. Preferences (Ctrl+,) changes them.</translation>
    </message>
    <message>
        <source>Normal: at least 1/30 of the screen&apos;s height</source>
        <translation>Normal: at least 1/30 of the screen&apos;s height</translation>
    </message>
    <message>
        <source>Larger: at least 1/{size} of the screen&apos;s height</source>
        <translation>Larger: at least 1/{size} of the screen&apos;s height</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Preferences</translation>
    </message>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>Projector</source>
        <translation>Projector</translation>
    </message>
    <message>
        <source>Timing and sound</source>
        <translation>Timing and sound</translation>
    </message>
    <message>
        <source>As the system is set</source>
        <translation>As the system is set</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>The windows and dialogs speak it from the next start. The projector always speaks the session&apos;s own language.</source>
        <translation>The windows and dialogs speak it from the next start. The projector always speaks the session&apos;s own language.</translation>
    </message>
    <message>
        <source>as the title screen shows it</source>
        <translation>as the title screen shows it</translation>
    </message>
    <message>
        <source>Your &amp;name</source>
        <translation>Your &amp;name</translation>
    </message>
    <message>
        <source>STEAM Coach session 1 (bundled)</source>
        <translation>STEAM Coach session 1 (bundled)</translation>
    </message>
    <message>
        <source>Choose a file…</source>
        <translation>Choose a file…</translation>
    </message>
    <message>
        <source>Opens at start</source>
        <translation>Opens at start</translation>
    </message>
    <message>
        <source>Chime volume</source>
        <translation>Chime volume</translation>
    </message>
    <message>
        <source>Automatic: the largest screen that is not yours</source>
        <translation>Automatic: the largest screen that is not yours</translation>
    </message>
    <message>
        <source>{name} (not connected now)</source>
        <translation>{name} (not connected now)</translation>
    </message>
    <message>
        <source>&amp;Screen</source>
        <translation>&amp;Screen</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Theme</translation>
    </message>
    <message>
        <source>T&amp;imer</source>
        <translation>T&amp;imer</translation>
    </message>
    <message>
        <source>Theme and timer are used when the agenda chooses none; the Projector menu changes them during a session.</source>
        <translation>Theme and timer are used when the agenda chooses none; the Projector menu changes them during a session.</translation>
    </message>
    <message>
        <source>Te&amp;xt size</source>
        <translation>Te&amp;xt size</translation>
    </message>
    <message>
        <source> % of the step left</source>
        <translation> % of the step left</translation>
    </message>
    <message>
        <source>&amp;Warning at</source>
        <translation>&amp;Warning at</translation>
    </message>
    <message>
        <source>&amp;Danger at</source>
        <translation>&amp;Danger at</translation>
    </message>
    <message>
        <source>Used where the agenda sets no thresholds. 20 % / 10 % means a 10-minute step warns at 2:00 and a 25-minute step at 5:00.</source>
        <translation>Used where the agenda sets no thresholds. 20 % / 10 % means a 10-minute step warns at 2:00 and a 25-minute step at 5:00.</translation>
    </message>
    <message>
        <source>&amp;Play</source>
        <translation>&amp;Play</translation>
    </message>
    <message>
        <source>&amp;Mute the chimes</source>
        <translation>&amp;Mute the chimes</translation>
    </message>
    <message>
        <source>The session that opens at start</source>
        <translation>The session that opens at start</translation>
    </message>
    <message>
        <source>The new language is used from the next start of Facilitator.</source>
        <translation>The new language is used from the next start of Facilitator.</translation>
    </message>
    <message>
        <source>Facilitator&apos;s settings file could not be used ({reason}), so it started with its usual settings: window layout, thresholds, chimes and trainer name. The old file is kept beside it as {kept}.</source>
        <extracomment>A settings file larger than this (1 MB; a real one is a few kB) is set aside unread.</extracomment>
        <translation>Facilitator&apos;s settings file could not be used ({reason}), so it started with its usual settings: window layout, thresholds, chimes and trainer name. The old file is kept beside it as {kept}.</translation>
    </message>
    <message>
        <source>Facilitator&apos;s settings file could not be used ({reason}) and could not be moved aside, so it started with its usual settings and remembers nothing until the app restarts. The file is {kept}.</source>
        <translation>Facilitator&apos;s settings file could not be used ({reason}) and could not be moved aside, so it started with its usual settings and remembers nothing until the app restarts. The file is {kept}.</translation>
    </message>
    <message>
        <source>line {line} holds a value Facilitator never writes, {kind}</source>
        <translation>line {line} holds a value Facilitator never writes, {kind}</translation>
    </message>
    <message>
        <source>it is {size} kB, far larger than settings ever are</source>
        <translation>it is {size} kB, far larger than settings ever are</translation>
    </message>
</context>
<context>
    <name>Sleep</name>
    <message>
        <source>A workshop session is running</source>
        <translation>A workshop session is running</translation>
    </message>
</context>
<context>
    <name>Slides</name>
    <message>
        <source>Title screen</source>
        <translation>Title screen</translation>
    </message>
    <message>
        <source>Step title: {title}</source>
        <translation>Step title: {title}</translation>
    </message>
    <message>
        <source>Question: {question}</source>
        <translation>Question: {question}</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Questions</translation>
    </message>
    <message>
        <source>Prompt: {prompt}</source>
        <translation>Prompt: {prompt}</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>missing: {name}</source>
        <translation>missing: {name}</translation>
    </message>
    <message>
        <source>Checklist: {title}</source>
        <translation>Checklist: {title}</translation>
    </message>
    <message>
        <source>Question: {text}</source>
        <translation>Question: {text}</translation>
    </message>
    <message>
        <source>Break until {time}</source>
        <translation>Break until {time}</translation>
    </message>
    <message>
        <source>Wall clock</source>
        <translation>Wall clock</translation>
    </message>
</context>
<context>
    <name>Sound</name>
    <message>
        <source>sound unavailable: no audio device</source>
        <translation>sound unavailable: no audio device</translation>
    </message>
    <message>
        <source>sound unavailable: {reason}</source>
        <translation>sound unavailable: {reason}</translation>
    </message>
    <message>
        <source>the sound system could not be loaded</source>
        <translation>the sound system could not be loaded</translation>
    </message>
</context>
<context>
    <name>Start</name>
    <message>
        <source>Not started · {mode} · {outcome}, {done} of {count} steps</source>
        <extracomment>How many recent runs the start window lists.</extracomment>
        <translation>Not started · {mode} · {outcome}, {done} of {count} steps</translation>
    </message>
    <message>
        <source>{when} · {mode} · {outcome}, {done} of {count} steps</source>
        <translation>{when} · {mode} · {outcome}, {done} of {count} steps</translation>
    </message>
    <message>
        <source>This session cannot be edited here</source>
        <translation>This session cannot be edited here</translation>
    </message>
    <message>
        <source>The file is not one the editor can read; nothing was changed. Fix it in a text editor (the details say where), then open it again.</source>
        <translation>The file is not one the editor can read; nothing was changed. Fix it in a text editor (the details say where), then open it again.</translation>
    </message>
    <message>
        <source>Your copy is saved in {folder}. It has problems to fix before it can run; the presenter stays on the session it shows.</source>
        <translation>Your copy is saved in {folder}. It has problems to fix before it can run; the presenter stays on the session it shows.</translation>
    </message>
    <message>
        <source>The session under way goes on with your copy; its timer was kept.</source>
        <translation>The session under way goes on with your copy; its timer was kept.</translation>
    </message>
    <message>
        <source>Your copy is open in the presenter, ready to start.</source>
        <translation>Your copy is open in the presenter, ready to start.</translation>
    </message>
    <message>
        <source>New session</source>
        <translation>New session</translation>
    </message>
    <message>
        <source>e.g. Samenwerken in projectgroepen</source>
        <translation>e.g. Samenwerken in projectgroepen</translation>
    </message>
    <message>
        <source>A blank session, with one step to start from</source>
        <translation>A blank session, with one step to start from</translation>
    </message>
    <message>
        <source>A copy of a session that comes with the app:</source>
        <translation>A copy of a session that comes with the app:</translation>
    </message>
    <message>
        <source>A table: the CSV export of a spreadsheet plan</source>
        <translation>A table: the CSV export of a spreadsheet plan</translation>
    </message>
    <message>
        <source>Choose the table…</source>
        <translation>Choose the table…</translation>
    </message>
    <message>
        <source>One row per step, with a header row: title, minutes, and if you like instructions and questions (one question per line, or several question columns).</source>
        <translation>One row per step, with a header row: title, minutes, and if you like instructions and questions (one question per line, or several question columns).</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Start from:</source>
        <translation>Start from:</translation>
    </message>
    <message>
        <source>Make the session</source>
        <translation>Make the session</translation>
    </message>
    <message>
        <source>Choose a table</source>
        <translation>Choose a table</translation>
    </message>
    <message>
        <source>Tables (*.csv *.txt);;All files (*)</source>
        <translation>Tables (*.csv *.txt);;All files (*)</translation>
    </message>
    <message>
        <source>Change the title</source>
        <translation>Change the title</translation>
    </message>
    <message>
        <source>Give the session a title first.</source>
        <translation>Give the session a title first.</translation>
    </message>
    <message>
        <source>Choose the table first.</source>
        <translation>Choose the table first.</translation>
    </message>
    <message>
        <source>The table could not be read: {reason}.</source>
        <translation>The table could not be read: {reason}.</translation>
    </message>
    <message>
        <source>Nothing was made. Fix these rows in your spreadsheet, export it again as CSV and choose it again.</source>
        <translation>Nothing was made. Fix these rows in your spreadsheet, export it again as CSV and choose it again.</translation>
    </message>
    <message>
        <source>{language} · comes with the app</source>
        <translation>{language} · comes with the app</translation>
    </message>
    <message>
        <source>{language} · saved {when} · in the folder {folder}</source>
        <translation>{language} · saved {when} · in the folder {folder}</translation>
    </message>
    <message>
        <source>{language} · in the folder {folder}</source>
        <translation>{language} · in the folder {folder}</translation>
    </message>
    <message>
        <source>Start — Facilitator</source>
        <translation>Start — Facilitator</translation>
    </message>
    <message>
        <source>None yet. Edit a session and save it as your copy, or make a new session: they are kept here.</source>
        <translation>None yet. Edit a session and save it as your copy, or make a new session: they are kept here.</translation>
    </message>
    <message>
        <source>No runs yet: a session&apos;s run is recorded from its start.</source>
        <translation>No runs yet: a session&apos;s run is recorded from its start.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Open the session chosen in the presenter, ready to start</source>
        <translation>Open the session chosen in the presenter, ready to start</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Change the session chosen in the editor</source>
        <translation>Change the session chosen in the editor</translation>
    </message>
    <message>
        <source>New session…</source>
        <translation>New session…</translation>
    </message>
    <message>
        <source>Open a file…</source>
        <translation>Open a file…</translation>
    </message>
    <message>
        <source>Open its session</source>
        <translation>Open its session</translation>
    </message>
    <message>
        <source>Report…</source>
        <translation>Report…</translation>
    </message>
    <message>
        <source>Sessions that come with the app</source>
        <translation>Sessions that come with the app</translation>
    </message>
    <message>
        <source>My sessions</source>
        <translation>My sessions</translation>
    </message>
    <message>
        <source>Recent runs</source>
        <translation>Recent runs</translation>
    </message>
    <message>
        <source>Choose a session</source>
        <translation>Choose a session</translation>
    </message>
    <message>
        <source>Open a session to run it, or edit it first: adapt the cards and hand-outs to your context. The sessions that come with the app are never changed; your changes are saved as your own copy.</source>
        <translation>Open a session to run it, or edit it first: adapt the cards and hand-outs to your context. The sessions that come with the app are never changed; your changes are saved as your own copy.</translation>
    </message>
    <message>
        <source>The session file is no longer there.</source>
        <translation>The session file is no longer there.</translation>
    </message>
</context>
<context>
    <name>Time</name>
    <message>
        <source>{minutes} min behind plan</source>
        <translation>{minutes} min behind plan</translation>
    </message>
    <message>
        <source>{minutes} min ahead of plan</source>
        <translation>{minutes} min ahead of plan</translation>
    </message>
    <message>
        <source>on plan</source>
        <translation>on plan</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>just now</translation>
    </message>
    <message>
        <source>{minutes} min ago</source>
        <translation>{minutes} min ago</translation>
    </message>
    <message>
        <source>{time} h ago</source>
        <translation>{time} h ago</translation>
    </message>
</context>
<context>
    <name>Wall</name>
    <message>
        <source>No notes yet: type one below and press Enter (or paste several, one per line).</source>
        <extracomment>The console&apos;s words, marked for translation and translated where they are used.</extracomment>
        <translation>No notes yet: type one below and press Enter (or paste several, one per line).</translation>
    </message>
    <message>
        <source>{notes} on the wall, {themes}; {shown} the room sees.</source>
        <translation>{notes} on the wall, {themes}; {shown} the room sees.</translation>
    </message>
    <message>
        <source>No notes wait for you.</source>
        <translation>No notes wait for you.</translation>
    </message>
    <message>
        <source>1 note waits for you to release it.</source>
        <translation>1 note waits for you to release it.</translation>
    </message>
    <message>
        <source>{count} notes wait for you to release them.</source>
        <translation>{count} notes wait for you to release them.</translation>
    </message>
    <message>
        <source>Notes from phones go on the wall at once (auto-release).</source>
        <translation>Notes from phones go on the wall at once (auto-release).</translation>
    </message>
    <message>
        <source>Notes from phones wait here until you release them.</source>
        <translation>Notes from phones wait here until you release them.</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>hidden</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>waiting</translation>
    </message>
    <message>
        <source>from a phone</source>
        <translation>from a phone</translation>
    </message>
    <message>
        <source>before the session</source>
        <translation>before the session</translation>
    </message>
    <message>
        <source>Drag a note onto another to make a theme, onto a theme to join it.</source>
        <translation>Drag a note onto another to make a theme, onto a theme to join it.</translation>
    </message>
    <message>
        <source>1 note</source>
        <translation>1 note</translation>
    </message>
    <message>
        <source>{n} notes</source>
        <translation>{n} notes</translation>
    </message>
    <message>
        <source>1 theme</source>
        <translation>1 theme</translation>
    </message>
    <message>
        <source>{n} themes</source>
        <translation>{n} themes</translation>
    </message>
    <message>
        <source>Choose a note on the wall first.</source>
        <extracomment>How a pasted list may be added.</extracomment>
        <translation>Choose a note on the wall first.</translation>
    </message>
    <message>
        <source>Choose a theme (or a note in one) on the wall first.</source>
        <translation>Choose a theme (or a note in one) on the wall first.</translation>
    </message>
    <message>
        <source>Choose a waiting note first.</source>
        <translation>Choose a waiting note first.</translation>
    </message>
    <message>
        <source>Type a note in the wall&apos;s field first (Ctrl+Shift+N puts the cursor there).</source>
        <translation>Type a note in the wall&apos;s field first (Ctrl+Shift+N puts the cursor there).</translation>
    </message>
    <message>
        <source>Several lines</source>
        <translation>Several lines</translation>
    </message>
    <message>
        <source>You wrote {count} lines. Add them as {count} notes, or as one note?</source>
        <translation>You wrote {count} lines. Add them as {count} notes, or as one note?</translation>
    </message>
    <message>
        <source>{count} notes</source>
        <translation>{count} notes</translation>
    </message>
    <message>
        <source>One note</source>
        <translation>One note</translation>
    </message>
    <message>
        <source>Edit the note</source>
        <translation>Edit the note</translation>
    </message>
    <message>
        <source>The note&apos;s text:</source>
        <translation>The note&apos;s text:</translation>
    </message>
    <message>
        <source>Remove this note from the wall? It cannot be put back.

{text}</source>
        <translation>Remove this note from the wall? It cannot be put back.

{text}</translation>
    </message>
    <message>
        <source>Remove the note</source>
        <translation>Remove the note</translation>
    </message>
    <message>
        <source>Name the theme</source>
        <translation>Name the theme</translation>
    </message>
    <message>
        <source>The theme&apos;s name:</source>
        <translation>The theme&apos;s name:</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>Type a note and press Enter; paste a list to add one note per line</source>
        <translation>Type a note and press Enter; paste a list to add one note per line</translation>
    </message>
    <message>
        <source>Waiting for release</source>
        <translation>Waiting for release</translation>
    </message>
</context>
</TS>
