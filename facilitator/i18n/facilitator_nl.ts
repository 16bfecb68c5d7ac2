<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
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
        <translation>{file}: 1 probleem</translation>
    </message>
    <message>
        <source>{file}: {count} problems</source>
        <translation>{file}: {count} problemen</translation>
    </message>
    <message>
        <source>step {number}</source>
        <translation>stap {number}</translation>
    </message>
    <message>
        <source>hand-out {number}</source>
        <translation>hand-out {number}</translation>
    </message>
    <message>
        <source>section {number}</source>
        <translation>sectie {number}</translation>
    </message>
    <message>
        <source>document {number}</source>
        <translation>document {number}</translation>
    </message>
    <message>
        <source>card {number}</source>
        <translation>kaart {number}</translation>
    </message>
    <message>
        <source>figure {number}</source>
        <translation>figuur {number}</translation>
    </message>
    <message>
        <source>phase {number}</source>
        <translation>fase {number}</translation>
    </message>
    <message>
        <source>checklist {number}</source>
        <translation>checklist {number}</translation>
    </message>
    <message>
        <source>reference {number}</source>
        <translation>bron {number}</translation>
    </message>
    <message>
        <source>projected item {number}</source>
        <translation>onderdeel {number}</translation>
    </message>
    <message>
        <source>question {number}</source>
        <translation>vraag {number}</translation>
    </message>
    <message>
        <source>item {number}</source>
        <translation>item {number}</translation>
    </message>
    <message>
        <source>example {number}</source>
        <translation>voorbeeld {number}</translation>
    </message>
    <message>
        <source>material {number}</source>
        <translation>materiaal {number}</translation>
    </message>
    <message>
        <source>objective {number}</source>
        <translation>doel {number}</translation>
    </message>
    <message>
        <source>library file {number}</source>
        <translation>bibliotheekbestand {number}</translation>
    </message>
    <message>
        <source>trainer-only heading {number}</source>
        <translation>kop alleen voor de trainer {number}</translation>
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
        <translation>1 minuut</translation>
    </message>
    <message>
        <source>{minutes} minutes</source>
        <translation>{minutes} minuten</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>niets</translation>
    </message>
    <message>
        <source>a yes/no value</source>
        <translation>een ja/nee-waarde</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>een lijst</translation>
    </message>
    <message>
        <source>a group of fields</source>
        <translation>een groep velden</translation>
    </message>
    <message>
        <source>a value of an unknown kind</source>
        <translation>een waarde van onbekende soort</translation>
    </message>
    <message>
        <source>a group size needs 1 &lt;= least &lt;= most, not {size}</source>
        <extracomment>``groups: same``: the groups made in an earlier step carry on.</extracomment>
        <translation>een groepsgrootte moet 1 &lt;= kleinste &lt;= grootste zijn, niet {size}</translation>
    </message>
    <message>
        <source>write a size range such as &apos;3-5&apos;, &apos;pairs&apos;, a fixed size such as &apos;4&apos;, or &apos;same&apos; for the groups made in an earlier step</source>
        <extracomment>Pairs: groups of two. What a step&apos;s ``groups`` field holds: a size, or ``&quot;same&quot;`` (the groups made earlier).</extracomment>
        <translation>schrijf een bereik zoals &apos;3-5&apos;, &apos;pairs&apos;, een vaste grootte zoals &apos;4&apos;, of &apos;same&apos; voor de groepen van een eerdere stap</translation>
    </message>
    <message>
        <source>&apos;same&apos; is not a size: write a size range such as &apos;3-5&apos;, &apos;pairs&apos; or a fixed size such as &apos;4&apos;</source>
        <translation>&apos;same&apos; is geen grootte: schrijf een bereik zoals &apos;3-5&apos;, &apos;pairs&apos; of een vaste grootte zoals &apos;4&apos;</translation>
    </message>
    <message>
        <source>must be a group size, not a yes/no value: {how}</source>
        <translation>moet een groepsgrootte zijn, geen ja/nee-waarde: {how}</translation>
    </message>
    <message>
        <source>a group has a whole number of people, not {value}: {how}</source>
        <translation>een groep heeft een heel aantal mensen, niet {value}: {how}</translation>
    </message>
    <message>
        <source>must be a group size: {how}</source>
        <translation>moet een groepsgrootte zijn: {how}</translation>
    </message>
    <message>
        <source>{value} is not a size this app reads: write &apos;pairs&apos;</source>
        <translation>{value} is geen grootte die deze app leest: schrijf &apos;pairs&apos;</translation>
    </message>
    <message>
        <source>{value} is not a group size: {how}</source>
        <translation>{value} is geen groepsgrootte: {how}</translation>
    </message>
    <message>
        <source>&apos;{size}&apos; goes from more to fewer people: write the smaller number first, &apos;{most}-{least}&apos;</source>
        <translation>&apos;{size}&apos; gaat van meer naar minder mensen: schrijf het kleinste getal eerst, &apos;{most}-{least}&apos;</translation>
    </message>
    <message>
        <source>a group has at least 2 people, so the range starts at 2 or more</source>
        <translation>een groep heeft minstens 2 mensen, dus het bereik begint bij 2 of meer</translation>
    </message>
    <message>
        <source>a group has at least 2 people, not {size}</source>
        <translation>een groep heeft minstens 2 mensen, niet {size}</translation>
    </message>
    <message>
        <source>a group has at most {most} people, not {size}</source>
        <translation>een groep heeft hoogstens {most} mensen, niet {size}</translation>
    </message>
    <message>
        <source>&apos;{file}&apos; is listed twice</source>
        <extracomment>Files not yet saved (an editor&apos;s), by resolved path: read instead of the disk.</extracomment>
        <translation>&apos;{file}&apos; staat er twee keer in</translation>
    </message>
    <message>
        <source>&apos;{file}&apos; not found (looked for {path})</source>
        <translation>&apos;{file}&apos; niet gevonden (gezocht naar {path})</translation>
    </message>
    <message>
        <source>&apos;{file}&apos; is not a library file: it lacks &apos;kind: library&apos;</source>
        <translation>&apos;{file}&apos; is geen bibliotheekbestand: &apos;kind: library&apos; ontbreekt</translation>
    </message>
    <message>
        <source>this is not a library file: it lacks &apos;kind: library&apos;</source>
        <translation>dit is geen bibliotheekbestand: &apos;kind: library&apos; ontbreekt</translation>
    </message>
    <message>
        <source>this is a library file, not a session: open a session file that names it under &apos;library:&apos;</source>
        <translation>dit is een bibliotheekbestand, geen sessie: open een sessiebestand dat het onder &apos;library:&apos; noemt</translation>
    </message>
    <message>
        <source>{message} (did you mean &apos;{guess}&apos;?)</source>
        <translation>{message} (bedoel je &apos;{guess}&apos;?)</translation>
    </message>
    <message>
        <source>{message}; allowed here: {allowed}</source>
        <translation>{message}; hier toegestaan: {allowed}</translation>
    </message>
    <message>
        <source>{value} is not a valid id: use only lower-case letters (a-z), digits and hyphens (-), starting with a letter or digit, e.g. &apos;kaart-a&apos;</source>
        <translation>{value} is geen geldige id: gebruik alleen kleine letters (a-z), cijfers en streepjes (-), en begin met een letter of cijfer, bijvoorbeeld &apos;kaart-a&apos;</translation>
    </message>
    <message>
        <source>{value} is not a valid reference: write &apos;&lt;hand-out id&gt;/&lt;document or card id&gt;&apos;, e.g. &apos;hand-out-2/kaart-a&apos;</source>
        <translation>{value} is geen geldige verwijzing: schrijf &apos;&lt;hand-out-id&gt;/&lt;document- of kaart-id&gt;&apos;, bijvoorbeeld &apos;hand-out-2/kaart-a&apos;</translation>
    </message>
    <message>
        <source>{value} is not a language code: write e.g. &apos;nl&apos;, &apos;en&apos; or &apos;en-GB&apos;</source>
        <translation>{value} is geen taalcode: schrijf bijvoorbeeld &apos;nl&apos;, &apos;en&apos; of &apos;en-GB&apos;</translation>
    </message>
    <message>
        <source>{value} is not written in the expected form ({pattern})</source>
        <translation>{value} is niet in de verwachte vorm geschreven ({pattern})</translation>
    </message>
    <message>
        <source>is empty: write the text after the colon</source>
        <translation>is leeg: schrijf de tekst na de dubbele punt</translation>
    </message>
    <message>
        <source>must be text; put it in quotes, because yes/no/on/off/true/false on their own are read as a yes/no value</source>
        <translation>moet tekst zijn; zet het tussen aanhalingstekens, want yes/no/on/off/true/false op zichzelf worden als ja/nee-waarde gelezen</translation>
    </message>
    <message>
        <source>must be text; put the number in quotes, e.g. &quot;{number}&quot;</source>
        <translation>moet tekst zijn; zet het getal tussen aanhalingstekens, bijvoorbeeld &quot;{number}&quot;</translation>
    </message>
    <message>
        <source>must be text, not {value}</source>
        <translation>moet tekst zijn, niet {value}</translation>
    </message>
    <message>
        <source>must be a number; use a decimal point, not a comma ({value})</source>
        <translation>moet een getal zijn; gebruik een decimale punt, geen komma ({value})</translation>
    </message>
    <message>
        <source>must be a number, not {value}</source>
        <translation>moet een getal zijn, niet {value}</translation>
    </message>
    <message>
        <source>required field &apos;{field}&apos; is missing; start the file with &apos;format: 1&apos;</source>
        <translation>het verplichte veld &apos;{field}&apos; ontbreekt; begin het bestand met &apos;format: 1&apos;</translation>
    </message>
    <message>
        <source>required field &apos;{field}&apos; is missing</source>
        <translation>het verplichte veld &apos;{field}&apos; ontbreekt</translation>
    </message>
    <message>
        <source>unknown field &apos;{field}&apos;</source>
        <translation>onbekend veld &apos;{field}&apos;</translation>
    </message>
    <message>
        <source>unknown kind of projected item &apos;{kind}&apos;</source>
        <translation>onbekende soort onderdeel &apos;{kind}&apos;</translation>
    </message>
    <message>
        <source>a projected item starts with its kind, e.g. &apos;text: ...&apos; or &apos;question: ...&apos;; kinds: {kinds}</source>
        <translation>een onderdeel begint met zijn soort, bijvoorbeeld &apos;text: ...&apos; of &apos;question: ...&apos;; soorten: {kinds}</translation>
    </message>
    <message>
        <source>must be a whole number, not {value}</source>
        <translation>moet een heel getal zijn, niet {value}</translation>
    </message>
    <message>
        <source>must be yes or no, not {value}</source>
        <translation>moet yes of no zijn, niet {value}</translation>
    </message>
    <message>
        <source>is empty: give a list (lines starting with &apos;- &apos;) or leave the field out</source>
        <translation>is leeg: geef een lijst (regels die met &apos;- &apos; beginnen) of laat het veld weg</translation>
    </message>
    <message>
        <source>must be a list (lines starting with &apos;- &apos;), not {value}</source>
        <translation>moet een lijst zijn (regels die met &apos;- &apos; beginnen), niet {value}</translation>
    </message>
    <message>
        <source>must be a group of fields (lines like &apos;title: ...&apos;), not {value}</source>
        <translation>moet een groep velden zijn (regels zoals &apos;title: ...&apos;), niet {value}</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>mag niet leeg zijn</translation>
    </message>
    <message>
        <source>is too long: at most {most} characters</source>
        <translation>is te lang: hoogstens {most} tekens</translation>
    </message>
    <message>
        <source>needs at least 1 entry</source>
        <translation>heeft minstens 1 regel nodig</translation>
    </message>
    <message>
        <source>needs at least {least} entries</source>
        <translation>heeft minstens {least} regels nodig</translation>
    </message>
    <message>
        <source>may have at most {most} entries</source>
        <translation>mag hoogstens {most} regels hebben</translation>
    </message>
    <message>
        <source>may have at most {most} entries, not {count}</source>
        <translation>mag hoogstens {most} regels hebben, niet {count}</translation>
    </message>
    <message>
        <source>{value} is not a value this field accepts</source>
        <translation>{value} is geen waarde die dit veld aanneemt</translation>
    </message>
    <message>
        <source>this app reads agenda format 1, not {value}; write &apos;format: 1&apos;</source>
        <translation>deze app leest agendaformaat 1, niet {value}; schrijf &apos;format: 1&apos;</translation>
    </message>
    <message>
        <source>must be &apos;session&apos; or &apos;library&apos;, not {value} (a session file may leave it out)</source>
        <translation>moet &apos;session&apos; of &apos;library&apos; zijn, niet {value} (een sessiebestand mag het weglaten)</translation>
    </message>
    <message>
        <source>must be one of the allowed values</source>
        <translation>moet een van de toegestane waarden zijn</translation>
    </message>
    <message>
        <source>must be {expected}</source>
        <translation>moet {expected} zijn</translation>
    </message>
    <message>
        <source>{choices} or {last}</source>
        <translation>{choices} of {last}</translation>
    </message>
    <message>
        <source>must be more than {limit}</source>
        <translation>moet meer zijn dan {limit}</translation>
    </message>
    <message>
        <source>must be at least {limit}</source>
        <translation>moet minstens {limit} zijn</translation>
    </message>
    <message>
        <source>must be less than {limit}</source>
        <translation>moet minder zijn dan {limit}</translation>
    </message>
    <message>
        <source>must be at most 1440 minutes (24 hours)</source>
        <translation>mag hoogstens 1440 minuten zijn (24 uur)</translation>
    </message>
    <message>
        <source>must be at most {limit}</source>
        <translation>mag hoogstens {limit} zijn</translation>
    </message>
    <message>
        <source>must be how many each group gets, a whole number from 1 to {most}, or &apos;all&apos; (every one to every group)</source>
        <extracomment>The models&apos; own error types (``PydanticCustomError``), worded here in the interface&apos;s language; their ``ctx`` fills the placeholders.</extracomment>
        <translation>moet zeggen hoeveel elke groep krijgt: een heel getal van 1 tot {most}, of &apos;all&apos; (alles aan elke groep)</translation>
    </message>
    <message>
        <source>say what each group gets: &apos;cards: 2&apos; (two cards per group) or &apos;documents: all&apos; (every document to every group)</source>
        <translation>zeg wat elke groep krijgt: &apos;cards: 2&apos; (twee kaarten per groep) of &apos;documents: all&apos; (elk document aan elke groep)</translation>
    </message>
    <message>
        <source>write &apos;turns: yes&apos; (every group a turn, the step&apos;s time shared out) or &apos;turns:&apos; with &apos;minutes: 2&apos; under it (about 2 minutes per group)</source>
        <translation>schrijf &apos;turns: yes&apos; (elke groep een beurt, de tijd van de stap verdeeld) of &apos;turns:&apos; met &apos;minutes: 2&apos; eronder (ongeveer 2 minuten per groep)</translation>
    </message>
    <message>
        <source>duration is {duration} but the steps add up to {total}</source>
        <translation>de duur is {duration}, maar de stappen tellen op tot {total}</translation>
    </message>
    <message>
        <source>the id &apos;{id}&apos; is used twice in this hand-out: also by {other}</source>
        <translation>de id &apos;{id}&apos; komt twee keer voor in deze hand-out: ook bij {other}</translation>
    </message>
    <message>
        <source>is {minutes}, more than the step&apos;s {step}</source>
        <translation>is {minutes}, meer dan de {step} van de stap</translation>
    </message>
    <message>
        <source>the id &apos;{id}&apos; is also used in library file {file}</source>
        <translation>de id &apos;{id}&apos; komt ook voor in bibliotheekbestand {file}</translation>
    </message>
    <message>
        <source>the id &apos;{id}&apos; is used twice: also by {other} (line {line})</source>
        <translation>de id &apos;{id}&apos; komt twee keer voor: ook bij {other} (regel {line})</translation>
    </message>
    <message>
        <source>warning at {warning} left is not less than the step&apos;s {step}</source>
        <translation>de waarschuwingsgrens bij nog {warning} is niet korter dan de {step} van de stap</translation>
    </message>
    <message>
        <source>the session&apos;s warning at {warning} left is not less than the step&apos;s {step}</source>
        <translation>de waarschuwingsgrens van de sessie bij nog {warning} is niet korter dan de {step} van de stap</translation>
    </message>
    <message>
        <source>danger at {danger} left comes before warning at {warning} left; danger must be at most the warning</source>
        <translation>de alarmgrens bij nog {danger} komt vóór de waarschuwingsgrens bij nog {warning}; de alarmgrens mag hoogstens gelijk zijn aan de waarschuwingsgrens</translation>
    </message>
    <message>
        <source>danger at {danger} left comes before the session&apos;s warning at {warning} left; danger must be at most the warning</source>
        <translation>de alarmgrens bij nog {danger} komt vóór de waarschuwingsgrens van de sessie bij nog {warning}; de alarmgrens mag hoogstens gelijk zijn aan de waarschuwingsgrens</translation>
    </message>
    <message>
        <source>danger at {danger} left comes before the default warning at {warning} left; danger must be at most the warning</source>
        <translation>de alarmgrens bij nog {danger} komt vóór de standaardwaarschuwingsgrens bij nog {warning}; de alarmgrens mag hoogstens gelijk zijn aan de waarschuwingsgrens</translation>
    </message>
    <message>
        <source>the session&apos;s danger at {danger} left comes before warning at {warning} left; danger must be at most the warning</source>
        <translation>de alarmgrens van de sessie bij nog {danger} komt vóór de waarschuwingsgrens bij nog {warning}; de alarmgrens mag hoogstens gelijk zijn aan de waarschuwingsgrens</translation>
    </message>
    <message>
        <source>the session&apos;s danger at {danger} left comes before the default warning at {warning} left; danger must be at most the warning</source>
        <translation>de alarmgrens van de sessie bij nog {danger} komt vóór de standaardwaarschuwingsgrens bij nog {warning}; de alarmgrens mag hoogstens gelijk zijn aan de waarschuwingsgrens</translation>
    </message>
    <message>
        <source>the default danger at {danger} left comes before warning at {warning} left; danger must be at most the warning</source>
        <translation>de standaardalarmgrens bij nog {danger} komt vóór de waarschuwingsgrens bij nog {warning}; de alarmgrens mag hoogstens gelijk zijn aan de waarschuwingsgrens</translation>
    </message>
    <message>
        <source>the default danger at {danger} left comes before the session&apos;s warning at {warning} left; danger must be at most the warning</source>
        <translation>de standaardalarmgrens bij nog {danger} komt vóór de waarschuwingsgrens van de sessie bij nog {warning}; de alarmgrens mag hoogstens gelijk zijn aan de waarschuwingsgrens</translation>
    </message>
    <message>
        <source>the default danger at {danger} left comes before the default warning at {warning} left; danger must be at most the warning</source>
        <translation>de standaardalarmgrens bij nog {danger} komt vóór de standaardwaarschuwingsgrens bij nog {warning}; de alarmgrens mag hoogstens gelijk zijn aan de waarschuwingsgrens</translation>
    </message>
    <message>
        <source>there is no hand-out &apos;{id}&apos; in this file</source>
        <translation>er is geen hand-out &apos;{id}&apos; in dit bestand</translation>
    </message>
    <message>
        <source>there is no document or card &apos;{id}&apos; in hand-out &apos;{handout}&apos;</source>
        <translation>er is geen document of kaart &apos;{id}&apos; in hand-out &apos;{handout}&apos;</translation>
    </message>
    <message>
        <source>there is no section &apos;{id}&apos; in this file or its library files</source>
        <translation>er is geen sectie &apos;{id}&apos; in dit bestand of zijn bibliotheekbestanden</translation>
    </message>
    <message>
        <source>{message}: there are none</source>
        <translation>{message}: er zijn er geen</translation>
    </message>
    <message>
        <source>{message}; there are: {names}</source>
        <translation>{message}; wel: {names}</translation>
    </message>
    <message>
        <source>the heading &apos;{heading}&apos; is listed twice</source>
        <translation>de kop &apos;{heading}&apos; staat er twee keer in</translation>
    </message>
    <message>
        <source>there is no heading &apos;{heading}&apos; in this section&apos;s body or closing</source>
        <translation>er is geen kop &apos;{heading}&apos; in de tekst of de afsluiting van deze sectie</translation>
    </message>
    <message>
        <source>{message}: it has no headings (a heading is a line starting with &apos;#&apos;)</source>
        <translation>{message}: de sectie heeft geen koppen (een kop is een regel die met &apos;#&apos; begint)</translation>
    </message>
    <message>
        <source>{message}; its headings are: {headings}</source>
        <translation>{message}; de koppen zijn: {headings}</translation>
    </message>
    <message>
        <source>&apos;same&apos; carries on the groups of an earlier step, but no earlier step makes groups: give a size here, such as &apos;groups: 3-5&apos; or &apos;groups: pairs&apos;</source>
        <translation>&apos;same&apos; gaat door met de groepen van een eerdere stap, maar geen eerdere stap maakt groepen: geef hier een grootte, zoals &apos;groups: 3-5&apos; of &apos;groups: pairs&apos;</translation>
    </message>
    <message>
        <source>a turn of {turn} is longer than the step&apos;s {step}</source>
        <translation>een beurt van {turn} is langer dan de {step} van de stap</translation>
    </message>
    <message>
        <source>this step deals material to groups, but it has no groups: add &apos;groups: same&apos; (the groups of an earlier step) or a size such as &apos;groups: 3-5&apos;</source>
        <translation>deze stap deelt materiaal uit aan groepen, maar heeft geen groepen: voeg &apos;groups: same&apos; toe (de groepen van een eerdere stap) of een grootte zoals &apos;groups: 3-5&apos;</translation>
    </message>
    <message>
        <source>this step has group turns, but it has no groups: add &apos;groups: same&apos; (the groups of an earlier step) or a size such as &apos;groups: 3-5&apos;</source>
        <translation>deze stap heeft beurten per groep, maar geen groepen: voeg &apos;groups: same&apos; toe (de groepen van een eerdere stap) of een grootte zoals &apos;groups: 3-5&apos;</translation>
    </message>
    <message>
        <source>hand-out &apos;{handout}&apos; has no cards</source>
        <translation>hand-out &apos;{handout}&apos; heeft geen kaarten</translation>
    </message>
    <message>
        <source>hand-out &apos;{handout}&apos; has no cards: it has documents, deal those with &apos;documents: ...&apos;</source>
        <translation>hand-out &apos;{handout}&apos; heeft geen kaarten: wel documenten, deel die uit met &apos;documents: ...&apos;</translation>
    </message>
    <message>
        <source>hand-out &apos;{handout}&apos; has no documents</source>
        <translation>hand-out &apos;{handout}&apos; heeft geen documenten</translation>
    </message>
    <message>
        <source>hand-out &apos;{handout}&apos; has no documents: it has cards, deal those with &apos;cards: ...&apos;</source>
        <translation>hand-out &apos;{handout}&apos; heeft geen documenten: wel kaarten, deel die uit met &apos;cards: ...&apos;</translation>
    </message>
    <message>
        <source>{per_group} cards per group, but hand-out &apos;{handout}&apos; has only 1 card; write 1 or &apos;all&apos;</source>
        <translation>{per_group} kaarten per groep, maar hand-out &apos;{handout}&apos; heeft maar 1 kaart; schrijf 1 of &apos;all&apos;</translation>
    </message>
    <message>
        <source>{per_group} cards per group, but hand-out &apos;{handout}&apos; has only {have} cards; write {have} or &apos;all&apos;</source>
        <translation>{per_group} kaarten per groep, maar hand-out &apos;{handout}&apos; heeft maar {have} kaarten; schrijf {have} of &apos;all&apos;</translation>
    </message>
    <message>
        <source>{per_group} documents per group, but hand-out &apos;{handout}&apos; has only 1 document; write 1 or &apos;all&apos;</source>
        <translation>{per_group} documenten per groep, maar hand-out &apos;{handout}&apos; heeft maar 1 document; schrijf 1 of &apos;all&apos;</translation>
    </message>
    <message>
        <source>{per_group} documents per group, but hand-out &apos;{handout}&apos; has only {have} documents; write {have} or &apos;all&apos;</source>
        <translation>{per_group} documenten per groep, maar hand-out &apos;{handout}&apos; heeft maar {have} documenten; schrijf {have} of &apos;all&apos;</translation>
    </message>
    <message>
        <source>this app does not accept YAML anchors and aliases (&amp;name / *name); write the text out in full</source>
        <extracomment>The largest agenda file read, in bytes (1 MB; the longest real agenda is ~50 kB). The deepest nesting of lists and fields accepted (a real agenda needs about 7). The most values (field names, texts, numbers, lists) in one file; a full session has a few hundred. Parsing is slow enough that this bounds the time spent (~1 s). The most problems reported for one file; the rest are counted.</extracomment>
        <translation>deze app accepteert geen YAML-ankers en -aliassen (&amp;naam / *naam); schrijf de tekst voluit</translation>
    </message>
    <message>
        <source>a tab is used here; YAML needs spaces for indentation, not tabs</source>
        <translation>hier staat een tab; YAML springt in met spaties, niet met tabs</translation>
    </message>
    <message>
        <source>a line lacks the &apos;:&apos; after its field name, or a long text goes on to the next line without being indented further</source>
        <translation>een regel mist de &apos;:&apos; na de veldnaam, of een lange tekst gaat door op de volgende regel zonder verder in te springen</translation>
    </message>
    <message>
        <source>a &apos;:&apos; appears where it is not expected; check the indentation, or put text that contains &apos;: &apos; in quotes</source>
        <translation>er staat een &apos;:&apos; waar die niet verwacht wordt; controleer het inspringen, of zet tekst met &apos;: &apos; erin tussen aanhalingstekens</translation>
    </message>
    <message>
        <source>the file holds more than one YAML document (a second &apos;---&apos; line); an agenda file is one document</source>
        <translation>het bestand bevat meer dan één YAML-document (een tweede regel &apos;---&apos;); een agendabestand is één document</translation>
    </message>
    <message>
        <source>the file ends inside a quoted text; is a closing quote missing?</source>
        <translation>het bestand eindigt midden in een tekst tussen aanhalingstekens; ontbreekt er een sluitend aanhalingsteken?</translation>
    </message>
    <message>
        <source>the indentation is wrong here: line this up with the lines it belongs with</source>
        <translation>het inspringen klopt hier niet: zet dit recht onder de regels waar het bij hoort</translation>
    </message>
    <message>
        <source>and {count} more problems not shown</source>
        <translation>en nog {count} problemen die niet getoond worden</translation>
    </message>
    <message>
        <source>this is a folder, not a file: choose a .yaml file inside it</source>
        <translation>dit is een map, geen bestand: kies een .yaml-bestand erin</translation>
    </message>
    <message>
        <source>this is not an ordinary file</source>
        <translation>dit is geen gewoon bestand</translation>
    </message>
    <message>
        <source>file not found (looked for {path})</source>
        <translation>bestand niet gevonden (gezocht naar {path})</translation>
    </message>
    <message>
        <source>no permission to read this file</source>
        <translation>geen toestemming om dit bestand te lezen</translation>
    </message>
    <message>
        <source>cannot read this file: {reason}</source>
        <translation>kan dit bestand niet lezen: {reason}</translation>
    </message>
    <message>
        <source>the file is too large ({size} bytes); an agenda file may be at most 1 MB</source>
        <translation>het bestand is te groot ({size} bytes); een agendabestand mag hoogstens 1 MB zijn</translation>
    </message>
    <message>
        <source>this file is saved as UTF-16; save it as UTF-8 in your editor</source>
        <translation>dit bestand is opgeslagen als UTF-16; sla het in je editor op als UTF-8</translation>
    </message>
    <message>
        <source>this is not a text file: it contains binary data (a NUL byte); an agenda is a text file in YAML</source>
        <translation>dit is geen tekstbestand: het bevat binaire gegevens (een NUL-byte); een agenda is een tekstbestand in YAML</translation>
    </message>
    <message>
        <source>this file is not UTF-8 text (byte {byte} at column {column}); save it as UTF-8 in your editor</source>
        <translation>dit bestand is geen UTF-8-tekst (byte {byte} in kolom {column}); sla het in je editor op als UTF-8</translation>
    </message>
    <message>
        <source>the file holds more than {count} values; an agenda never needs that many</source>
        <translation>het bestand bevat meer dan {count} waarden; een agenda heeft er nooit zoveel nodig</translation>
    </message>
    <message>
        <source>the file is nested more than {levels} levels deep; an agenda never needs that many</source>
        <translation>het bestand is meer dan {levels} niveaus diep genest; een agenda heeft er nooit zoveel nodig</translation>
    </message>
    <message>
        <source>the file contains a character that YAML does not allow ({character}) at column {column}; remove it</source>
        <translation>het bestand bevat een teken dat YAML niet toestaat ({character}) in kolom {column}; haal het weg</translation>
    </message>
    <message>
        <source>this is not valid YAML: {problem}</source>
        <translation>dit is geen geldige YAML: {problem}</translation>
    </message>
    <message>
        <source>{message} (column {column})</source>
        <translation>{message} (kolom {column})</translation>
    </message>
    <message>
        <source>the file is nested too deeply (at most {levels} levels)</source>
        <translation>het bestand is te diep genest (hoogstens {levels} niveaus)</translation>
    </message>
    <message>
        <source>the YAML tag &apos;{tag}&apos; is not allowed; an agenda holds only text, numbers, lists and fields</source>
        <translation>de YAML-tag &apos;{tag}&apos; is niet toegestaan; een agenda bevat alleen tekst, getallen, lijsten en velden</translation>
    </message>
    <message>
        <source>a field name must be a plain word</source>
        <translation>een veldnaam moet een gewoon woord zijn</translation>
    </message>
    <message>
        <source>merge keys (&apos;&lt;&lt;&apos;) are not accepted: write the fields out in full</source>
        <translation>samenvoegsleutels (&apos;&lt;&lt;&apos;) worden niet geaccepteerd: schrijf de velden voluit</translation>
    </message>
    <message>
        <source>this field appears twice (first on line {line}); keep one</source>
        <translation>dit veld komt twee keer voor (eerst op regel {line}); houd er één</translation>
    </message>
    <message>
        <source>cannot read {value} as {tag}</source>
        <translation>kan {value} niet lezen als {tag}</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>het bestand is leeg</translation>
    </message>
    <message>
        <source>the file must consist of fields such as &apos;format: 1&apos; and &apos;title: ...&apos;, but it starts with a list</source>
        <translation>het bestand moet bestaan uit velden zoals &apos;format: 1&apos; en &apos;title: ...&apos;, maar het begint met een lijst</translation>
    </message>
    <message>
        <source>the file must consist of fields such as &apos;format: 1&apos; and &apos;title: ...&apos;, but it starts with text</source>
        <translation>het bestand moet bestaan uit velden zoals &apos;format: 1&apos; en &apos;title: ...&apos;, maar het begint met tekst</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Rehearse this session</source>
        <translation>Deze sessie oefenen</translation>
    </message>
    <message>
        <source>A session is under way. End it and start a rehearsal of this session?</source>
        <translation>Er loopt een sessie. Wil je die beëindigen en een oefenronde van deze sessie beginnen?</translation>
    </message>
    <message>
        <source>Session finished. File &gt; Reports… (Ctrl+Shift+R) shows where the time went.</source>
        <translation>Sessie afgelopen. Bestand &gt; Rapporten… (Ctrl+Shift+R) laat zien waar de tijd is gebleven.</translation>
    </message>
    <message>
        <source>This agenda cannot be opened</source>
        <translation>Deze agenda kan niet worden geopend</translation>
    </message>
    <message>
        <source>The agenda file has problems; nothing was changed.</source>
        <translation>Het agendabestand bevat fouten; er is niets veranderd.</translation>
    </message>
    <message>
        <source>Fix the file in a text editor and open it again.</source>
        <translation>Verbeter het bestand in een teksteditor en open het opnieuw.</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Er ging iets mis</translation>
    </message>
    <message>
        <source>Facilitator hit an unexpected problem. The session goes on; details were written to {file}.</source>
        <translation>Facilitator stuitte op een onverwacht probleem. De sessie gaat door; de details staan in {file}.</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>&amp;Start / Pause</source>
        <translation>&amp;Starten / pauzeren</translation>
    </message>
    <message>
        <source>Start the session, or pause and resume the countdown</source>
        <translation>Start de sessie, of pauzeer en hervat de aftelling</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pauzeren</translation>
    </message>
    <message>
        <source>Pause the countdown (a clicker&apos;s stop button)</source>
        <translation>Pauzeer de aftelling (de stopknop van een clicker)</translation>
    </message>
    <message>
        <source>&amp;Next step</source>
        <translation>&amp;Volgende stap</translation>
    </message>
    <message>
        <source>End this step and start the next one</source>
        <translation>Rond deze stap af en begin aan de volgende</translation>
    </message>
    <message>
        <source>Pre&amp;vious step</source>
        <translation>V&amp;orige stap</translation>
    </message>
    <message>
        <source>Go back to the previous step</source>
        <translation>Ga terug naar de vorige stap</translation>
    </message>
    <message>
        <source>Next projected &amp;item</source>
        <translation>Volgend &amp;onderdeel op de beamer</translation>
    </message>
    <message>
        <source>Show the step&apos;s next item on the projector</source>
        <translation>Toon het volgende onderdeel van de stap op de beamer</translation>
    </message>
    <message>
        <source>Next item</source>
        <translation>Volgend onderdeel</translation>
    </message>
    <message>
        <source>&amp;Previous projected item</source>
        <translation>Vorig onder&amp;deel op de beamer</translation>
    </message>
    <message>
        <source>Show the step&apos;s previous item on the projector</source>
        <translation>Toon het vorige onderdeel van de stap op de beamer</translation>
    </message>
    <message>
        <source>Previous item</source>
        <translation>Vorig onderdeel</translation>
    </message>
    <message>
        <source>&amp;Black screen</source>
        <translation>&amp;Zwart scherm</translation>
    </message>
    <message>
        <source>Black out the projector, or show it again</source>
        <translation>Maak de beamer zwart, of toon het beeld weer</translation>
    </message>
    <message>
        <source>&amp;Add a minute</source>
        <translation>&amp;Minuut erbij</translation>
    </message>
    <message>
        <source>Give the current step one more minute</source>
        <translation>Geef de huidige stap een minuut extra</translation>
    </message>
    <message>
        <source>&amp;Remove a minute</source>
        <translation>Minuut er&amp;af</translation>
    </message>
    <message>
        <source>Take one minute from the current step</source>
        <translation>Haal een minuut van de huidige stap af</translation>
    </message>
    <message>
        <source>Restart st&amp;ep</source>
        <translation>Stap opnieuw &amp;beginnen</translation>
    </message>
    <message>
        <source>Start the current step&apos;s countdown again from its full time</source>
        <translation>Begin de aftelling van de huidige stap opnieuw met de volle tijd</translation>
    </message>
    <message>
        <source>&amp;Open agenda…</source>
        <translation>Agenda &amp;openen…</translation>
    </message>
    <message>
        <source>Open a session agenda (YAML file)</source>
        <translation>Open de agenda van een sessie (YAML-bestand)</translation>
    </message>
    <message>
        <source>Projector f&amp;ull screen</source>
        <translation>Beamer vo&amp;lledig scherm</translation>
    </message>
    <message>
        <source>Show the projector window full screen, or as a window</source>
        <translation>Toon het beamervenster op het volledige scherm, of als venster</translation>
    </message>
    <message>
        <source>Sh&amp;ow projector</source>
        <translation>Beamer &amp;tonen</translation>
    </message>
    <message>
        <source>Show the projector window again (after it was closed), full screen on its screen</source>
        <translation>Toon het beamervenster weer (nadat het gesloten is), volledig scherm op zijn eigen scherm</translation>
    </message>
    <message>
        <source>&amp;Freeze projector</source>
        <translation>Beamer bevr&amp;iezen</translation>
    </message>
    <message>
        <source>Keep the projector&apos;s picture while you browse ahead; again to go live</source>
        <translation>Houd het beeld op de beamer vast terwijl je vooruitbladert; nog eens om weer live te gaan</translation>
    </message>
    <message>
        <source>&amp;Title screen</source>
        <translation>Tit&amp;elscherm</translation>
    </message>
    <message>
        <source>Show the session&apos;s title, the date and your name on the projector, or the item again</source>
        <translation>Toon de titel van de sessie, de datum en je naam op de beamer, of weer het onderdeel</translation>
    </message>
    <message>
        <source>Ne&amp;xt timer style</source>
        <translation>Volgende time&amp;rweergave</translation>
    </message>
    <message>
        <source>Projector timer: large digits, small in a corner, hidden, disc</source>
        <translation>Timer op de beamer: grote cijfers, klein in een hoek, verborgen, schijf</translation>
    </message>
    <message>
        <source>Next th&amp;eme</source>
        <translation>Volgend the&amp;ma</translation>
    </message>
    <message>
        <source>Projector colours: dark, light, high contrast</source>
        <translation>Kleuren van de beamer: donker, licht, hoog contrast</translation>
    </message>
    <message>
        <source>F&amp;lash at the end of a step</source>
        <translation>&amp;Flits aan het eind van een stap</translation>
    </message>
    <message>
        <source>Flash the projector briefly when a step&apos;s time is up</source>
        <translation>Laat de beamer kort flitsen als de tijd van een stap om is</translation>
    </message>
    <message>
        <source>&amp;Move projector to next screen</source>
        <translation>Beamer naar volgend s&amp;cherm</translation>
    </message>
    <message>
        <source>Put the projector window full screen on the next screen</source>
        <translation>Zet het beamervenster op het volgende scherm, volledig scherm</translation>
    </message>
    <message>
        <source>S&amp;wap presenter and projector</source>
        <translation>Presentator en beamer wi&amp;sselen</translation>
    </message>
    <message>
        <source>Exchange the screens of the presenter and the projector windows</source>
        <translation>Verwissel de schermen van het presentatorvenster en het beamervenster</translation>
    </message>
    <message>
        <source>Trainer &amp;name…</source>
        <translation>&amp;Naam trainer…</translation>
    </message>
    <message>
        <source>Your name, shown on the projector&apos;s title screen</source>
        <translation>Je naam, zoals het titelscherm op de beamer hem toont</translation>
    </message>
    <message>
        <source>&amp;Make groups…</source>
        <translation>&amp;Groepen maken…</translation>
    </message>
    <message>
        <source>Make groups for this step from a number of people or a list of names</source>
        <translation>Maak groepen voor deze stap uit een aantal personen of een lijst met namen</translation>
    </message>
    <message>
        <source>Reshu&amp;ffle groups</source>
        <translation>Groepen opnieuw &amp;indelen</translation>
    </message>
    <message>
        <source>Other groups of the same size, mixing people who were together</source>
        <translation>Andere groepen van dezelfde grootte, waarbij wie samen zat wordt gemengd</translation>
    </message>
    <message>
        <source>&amp;Someone arrives…</source>
        <translation>Er komt iemand &amp;bij…</translation>
    </message>
    <message>
        <source>A late arrival joins the smallest group; nobody else moves</source>
        <translation>Een laatkomer gaat naar de kleinste groep; verder verplaatst niemand</translation>
    </message>
    <message>
        <source>Someone &amp;leaves…</source>
        <translation>Er gaat iemand &amp;weg…</translation>
    </message>
    <message>
        <source>Take someone out of the groups; only as few people move as keep the groups in range</source>
        <translation>Haal iemand uit de groepen; er verplaatsen zo weinig mensen als nodig om de groepen op maat te houden</translation>
    </message>
    <message>
        <source>&amp;Groups on the projector</source>
        <translation>Groepen &amp;op de beamer</translation>
    </message>
    <message>
        <source>Show the groups on the projector, or take them off</source>
        <translation>Toon de groepen op de beamer, of haal ze weg</translation>
    </message>
    <message>
        <source>&amp;Deal cards or documents…</source>
        <translation>Kaarten of documenten &amp;uitdelen…</translation>
    </message>
    <message>
        <source>Give each group its cards or documents from a hand-out</source>
        <translation>Geef elke groep haar kaarten of documenten uit een hand-out</translation>
    </message>
    <message>
        <source>Dealt material &amp;on the projector</source>
        <translation>Uitgedeeld materiaal op de bea&amp;mer</translation>
    </message>
    <message>
        <source>Show on the projector what each group was given, or take it off</source>
        <translation>Toon op de beamer wat elke groep kreeg, of haal het weg</translation>
    </message>
    <message>
        <source>Group t&amp;urns…</source>
        <translation>Beurten &amp;per groep…</translation>
    </message>
    <message>
        <source>A turn per group in this step, each with its own countdown</source>
        <translation>Een beurt per groep in deze stap, elk met een eigen aftelling</translation>
    </message>
    <message>
        <source>Ne&amp;xt group&apos;s turn</source>
        <translation>Vo&amp;lgende groep aan de beurt</translation>
    </message>
    <message>
        <source>Start the next group&apos;s turn (the turn under way ends); after the last, end it</source>
        <translation>Begin de beurt van de volgende groep (de lopende beurt eindigt); na de laatste: beëindig die</translation>
    </message>
    <message>
        <source>&amp;End this turn</source>
        <translation>Deze beurt beëi&amp;ndigen</translation>
    </message>
    <message>
        <source>End the turn under way; the next group waits for you</source>
        <translation>Beëindig de lopende beurt; de volgende groep wacht op jou</translation>
    </message>
    <message>
        <source>S&amp;kip the next turn</source>
        <translation>Volgende beurt over&amp;slaan</translation>
    </message>
    <message>
        <source>Skip the next group&apos;s turn before it starts</source>
        <translation>Sla de beurt van de volgende groep over voordat die begint</translation>
    </message>
    <message>
        <source>&amp;Redo this turn</source>
        <translation>Deze beurt ove&amp;rdoen</translation>
    </message>
    <message>
        <source>Give the group of the turn under way (or the last one) another turn, next</source>
        <translation>Geef de groep van de lopende (of laatste) beurt meteen nog een beurt</translation>
    </message>
    <message>
        <source>&amp;Add a turn…</source>
        <translation>Beurt &amp;toevoegen…</translation>
    </message>
    <message>
        <source>One more turn for a group, after the others</source>
        <translation>Nog een beurt voor een groep, na de andere</translation>
    </message>
    <message>
        <source>Time &amp;per turn…</source>
        <translation>Tij&amp;d per beurt…</translation>
    </message>
    <message>
        <source>Set the time of each turn (the one under way and those waiting)</source>
        <translation>Stel de tijd van elke beurt in (de lopende en de wachtende)</translation>
    </message>
    <message>
        <source>&amp;Turn on the projector</source>
        <translation>Beurt op de be&amp;amer tonen</translation>
    </message>
    <message>
        <source>Show whose turn it is, their countdown and who is next; or take it off</source>
        <translation>Toon wie aan de beurt is, de aftelling en wie daarna komt; of haal het weg</translation>
    </message>
    <message>
        <source>P&amp;hones in the room</source>
        <translation>Telefoons in de &amp;zaal</translation>
    </message>
    <message>
        <source>Start or stop the server that lets participants join from their phones (QR and code in the Phones tab)</source>
        <translation>Start of stop de server waarmee deelnemers meedoen met hun telefoon (QR en code in het tabblad Telefoons)</translation>
    </message>
    <message>
        <source>&amp;Join screen on the projector</source>
        <translation>Meedoensc&amp;herm op de beamer</translation>
    </message>
    <message>
        <source>Show how phones join (QR code, address, room code); or take it off</source>
        <translation>Toon hoe telefoons meedoen (QR-code, adres, zaalcode); of haal het weg</translation>
    </message>
    <message>
        <source>&amp;Write a note</source>
        <translation>Notitie &amp;schrijven</translation>
    </message>
    <message>
        <source>Put the cursor in the wall&apos;s note field (Enter adds the note; several lines, several notes)</source>
        <translation>Zet de cursor in het notitieveld van het bord (Enter voegt de notitie toe; meerdere regels, meerdere notities)</translation>
    </message>
    <message>
        <source>&amp;Add the note</source>
        <translation>Notitie &amp;toevoegen</translation>
    </message>
    <message>
        <source>Add what is typed in the note field to the wall, in this step</source>
        <translation>Zet wat in het notitieveld staat op het bord, bij deze stap</translation>
    </message>
    <message>
        <source>&amp;Edit the note…</source>
        <translation>Notitie &amp;bewerken…</translation>
    </message>
    <message>
        <source>Change the text of the note chosen on the wall</source>
        <translation>Wijzig de tekst van de gekozen notitie op het bord</translation>
    </message>
    <message>
        <source>&amp;Hide from the room</source>
        <translation>&amp;Verbergen voor de zaal</translation>
    </message>
    <message>
        <source>Keep the chosen note off the projector (it stays here), or show it again</source>
        <translation>Houd de gekozen notitie van de beamer (hier blijft ze staan), of toon ze weer</translation>
    </message>
    <message>
        <source>Re&amp;move the note…</source>
        <translation>Notitie ve&amp;rwijderen…</translation>
    </message>
    <message>
        <source>Take the chosen note off the wall (asks first)</source>
        <translation>Haal de gekozen notitie van het bord (vraagt eerst)</translation>
    </message>
    <message>
        <source>&amp;Name the theme…</source>
        <translation>Thema be&amp;noemen…</translation>
    </message>
    <message>
        <source>Give the chosen theme (or the chosen note&apos;s theme) a name</source>
        <translation>Geef het gekozen thema (of het thema van de gekozen notitie) een naam</translation>
    </message>
    <message>
        <source>&amp;Undo the theme</source>
        <translation>Thema &amp;opheffen</translation>
    </message>
    <message>
        <source>Take the chosen theme apart: its notes are in no theme again</source>
        <translation>Hef het gekozen thema op: de notities staan weer zonder thema</translation>
    </message>
    <message>
        <source>Re&amp;lease the note</source>
        <translation>Notitie &amp;vrijgeven</translation>
    </message>
    <message>
        <source>Let the chosen waiting note (from a phone) onto the wall</source>
        <translation>Zet de gekozen wachtende notitie (van een telefoon) op het bord</translation>
    </message>
    <message>
        <source>&amp;Release all waiting notes</source>
        <translation>Alle &amp;wachtende notities vrijgeven</translation>
    </message>
    <message>
        <source>Let every note waiting for you onto the wall</source>
        <translation>Zet alle notities die op u wachten op het bord</translation>
    </message>
    <message>
        <source>Release notes from phones at &amp;once</source>
        <translation>Notities van telefoons &amp;meteen vrijgeven</translation>
    </message>
    <message>
        <source>Notes from phones go on the wall without waiting for you, or wait for release</source>
        <translation>Notities van telefoons komen op het bord zonder op u te wachten, of wachten op vrijgave</translation>
    </message>
    <message>
        <source>&amp;Phones may post in this step</source>
        <translation>&amp;Telefoons mogen in deze stap sturen</translation>
    </message>
    <message>
        <source>Open or close posting notes from phones in the current step (kept in the run&apos;s journal)</source>
        <translation>Het sturen van notities vanaf telefoons in deze stap openen of sluiten (bewaard in het logboek van de uitvoering)</translation>
    </message>
    <message>
        <source>As&amp;k phones for names</source>
        <translation>Telefoons om een naam vra&amp;gen</translation>
    </message>
    <message>
        <source>Phones offer an optional name field with each note; off: every note is anonymous</source>
        <translation>Telefoons bieden bij elke notitie een veld voor een naam (niet verplicht); uit: elke notitie is anoniem</translation>
    </message>
    <message>
        <source>&amp;The wall on the projector</source>
        <translation>Het bord op de be&amp;amer</translation>
    </message>
    <message>
        <source>Show the wall&apos;s notes on the projector, newest first (this step&apos;s, or all in a step without notes); or take them off</source>
        <translation>Toon de notities van het bord op de beamer, nieuwste eerst (die van deze stap, of alle in een stap zonder notities); of haal ze weg</translation>
    </message>
    <message>
        <source>The wall &amp;by theme on the projector</source>
        <translation>Het bord &amp;per thema op de beamer</translation>
    </message>
    <message>
        <source>Show the wall&apos;s notes on the projector by theme; or take them off</source>
        <translation>Toon de notities van het bord per thema op de beamer; of haal ze weg</translation>
    </message>
    <message>
        <source>The wall as the &amp;closing screen</source>
        <translation>Het bord als s&amp;lotscherm</translation>
    </message>
    <message>
        <source>When the session has finished, the room sees the whole wall by theme instead of the thanks</source>
        <translation>Na afloop van de sessie ziet de zaal het hele bord per thema in plaats van het bedankje</translation>
    </message>
    <message>
        <source>Put the reference text on the p&amp;rojector</source>
        <translation>Naslagtekst op de &amp;beamer zetten</translation>
    </message>
    <message>
        <source>Show the text or checklist chosen in the Reference tab on the projector at once (the trainer&apos;s own parts only when ticked)</source>
        <translation>De tekst of checklist die in het tabblad Naslag gekozen is meteen op de beamer tonen (de eigen delen van de trainer alleen als dat aangevinkt is)</translation>
    </message>
    <message>
        <source>Project a &amp;question…</source>
        <translation>Een &amp;vraag op de beamer…</translation>
    </message>
    <message>
        <source>Type a question and show it on the projector at once</source>
        <translation>Typ een vraag en toon ze meteen op de beamer</translation>
    </message>
    <message>
        <source>Break &amp;screen…</source>
        <translation>&amp;Pauzescherm…</translation>
    </message>
    <message>
        <source>Show the break and its countdown to a time of day on the projector</source>
        <translation>De pauze en de aftelling tot een uur op de beamer tonen</translation>
    </message>
    <message>
        <source>Wall &amp;clock</source>
        <translation>&amp;Klok</translation>
    </message>
    <message>
        <source>Show the time of day on the projector, or the step&apos;s item again</source>
        <translation>Het uur op de beamer tonen, of weer het onderdeel van de stap</translation>
    </message>
    <message>
        <source>Bac&amp;k to the step&apos;s item</source>
        <translation>Terug naar het onderdeel van de st&amp;ap</translation>
    </message>
    <message>
        <source>Take what you put on the projector at once (or a room screen) off: the step&apos;s item again</source>
        <translation>Wat je meteen op de beamer zette (of een groepsscherm) weghalen: weer het onderdeel van de stap</translation>
    </message>
    <message>
        <source>Set remaining &amp;time…</source>
        <translation>Resterende &amp;tijd instellen…</translation>
    </message>
    <message>
        <source>Set exactly how much time is left of the current step</source>
        <translation>Stel precies in hoeveel tijd de huidige stap nog heeft</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Resterende tijd</translation>
    </message>
    <message>
        <source>&amp;Jump to selected step…</source>
        <translation>Naar gekozen stap sprin&amp;gen…</translation>
    </message>
    <message>
        <source>Jump to the step selected in the step list (asks first)</source>
        <translation>Spring naar de stap die in de stappenlijst is gekozen (vraagt eerst)</translation>
    </message>
    <message>
        <source>&amp;Lock selected step</source>
        <translation>Gekozen stap vast&amp;zetten</translation>
    </message>
    <message>
        <source>Keep the selected step&apos;s minutes out of the catch-up plan, or free them again</source>
        <translation>Houd de minuten van de gekozen stap buiten het inhaalplan, of geef ze weer vrij</translation>
    </message>
    <message>
        <source>Plan &amp;catch-up</source>
        <translation>&amp;Inhaalplan maken</translation>
    </message>
    <message>
        <source>Propose new minutes for the steps to come so the session ends on time</source>
        <translation>Stel nieuwe minuten voor de komende stappen voor, zodat de sessie op tijd eindigt</translation>
    </message>
    <message>
        <source>Accept catc&amp;h-up plan</source>
        <translation>Inhaalplan aan&amp;nemen</translation>
    </message>
    <message>
        <source>Use the proposed minutes for the steps to come</source>
        <translation>Gebruik de voorgestelde minuten voor de komende stappen</translation>
    </message>
    <message>
        <source>&amp;Dismiss catch-up plan</source>
        <translation>Inhaalplan af&amp;wijzen</translation>
    </message>
    <message>
        <source>Keep the current plan and hide the proposal</source>
        <translation>Houd de huidige planning aan en verberg het voorstel</translation>
    </message>
    <message>
        <source>&amp;Undo catch-up plan</source>
        <translation>Inhaalplan ongedaan ma&amp;ken</translation>
    </message>
    <message>
        <source>Give the steps to come back the minutes they had before the last plan you accepted</source>
        <translation>Geef de komende stappen de minuten terug die ze hadden vóór het laatste inhaalplan dat je aannam</translation>
    </message>
    <message>
        <source>&amp;Search the reference…</source>
        <translation>Naslag door&amp;zoeken…</translation>
    </message>
    <message>
        <source>Search the didactic advice, the guide, the case study and the checklists</source>
        <translation>Doorzoek de didactische adviezen, de handleiding, de casus en de checklists</translation>
    </message>
    <message>
        <source>&amp;Mute chimes</source>
        <translation>Geluidssignalen &amp;dempen</translation>
    </message>
    <message>
        <source>Silence the chimes at the warning threshold and at the end of a step</source>
        <translation>Zet de geluidssignalen bij de waarschuwingsgrens en aan het eind van een stap uit</translation>
    </message>
    <message>
        <source>Pre&amp;ferences…</source>
        <translation>&amp;Instellingen…</translation>
    </message>
    <message>
        <source>Language, your name, the session that opens at start, the projector&apos;s look and text size, the default thresholds and the chimes</source>
        <translation>Taal, je naam, de sessie die bij het starten opent, het uiterlijk en de tekstgrootte van de beamer, de standaardgrenzen en de geluidssignalen</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Sneltoetsen</translation>
    </message>
    <message>
        <source>Show every command and its keys</source>
        <translation>Toon alle opdrachten en hun toetsen</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Toetsen</translation>
    </message>
    <message>
        <source>Reset &amp;window layout</source>
        <translation>&amp;Vensterindeling herstellen</translation>
    </message>
    <message>
        <source>Put the console&apos;s window and panes back to their default size and place</source>
        <translation>Zet het presentatorvenster en zijn deelvensters terug op hun standaardgrootte en -plaats</translation>
    </message>
    <message>
        <source>&amp;Getting started</source>
        <translation>&amp;Aan de slag</translation>
    </message>
    <message>
        <source>Your screen, their screen, the clicker&apos;s keys, and why to practise first</source>
        <translation>Je eigen scherm, het scherm van de groep, de toetsen van de clicker, en waarom je eerst oefent</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Handleiding</translation>
    </message>
    <message>
        <source>Every part of Facilitator explained</source>
        <translation>Alle onderdelen van Facilitator uitgelegd</translation>
    </message>
    <message>
        <source>Add to the applications &amp;menu</source>
        <translation>Toevoegen aan het &amp;programmamenu</translation>
    </message>
    <message>
        <source>Linux: put Facilitator in your desktop&apos;s applications menu</source>
        <translation>Linux: zet Facilitator in het programmamenu van je bureaublad</translation>
    </message>
    <message>
        <source>&amp;About Facilitator</source>
        <translation>&amp;Over Facilitator</translation>
    </message>
    <message>
        <source>The version, and the credits of the STEAM Coach material</source>
        <translation>De versie, en de verantwoording van het STEAM Coach-materiaal</translation>
    </message>
    <message>
        <source>Rehe&amp;arse this session</source>
        <translation>Deze sessie oef&amp;enen</translation>
    </message>
    <message>
        <source>Practise this session: the windows say REHEARSAL and every step&apos;s real time is recorded</source>
        <translation>Oefen deze sessie: de vensters melden OEFENRONDE en de echte tijd van elke stap wordt vastgelegd</translation>
    </message>
    <message>
        <source>&amp;Reports…</source>
        <translation>&amp;Rapporten…</translation>
    </message>
    <message>
        <source>Where the time went: planned against actual per step, for this run or an earlier one</source>
        <translation>Waar de tijd is gebleven: gepland tegenover werkelijk per stap, voor deze uitvoering of een eerdere</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Afdrukken…</translation>
    </message>
    <message>
        <source>Choose what to print (hand-outs, cards, the session plan, groups, the wall...) and write the PDFs into a folder</source>
        <translation>Kies wat je wilt afdrukken (hand-outs, kaarten, het sessieplan, groepen, het bord…) en bewaar de pdf’s in een map</translation>
    </message>
    <message>
        <source>Print &amp;hand-outs…</source>
        <translation>&amp;Hand-outs afdrukken…</translation>
    </message>
    <message>
        <source>Save the session&apos;s hand-outs, cards and templates as one PDF to print</source>
        <translation>Bewaar de hand-outs, kaarten en sjablonen van de sessie als één pdf om af te drukken</translation>
    </message>
    <message>
        <source>S&amp;tart window…</source>
        <translation>S&amp;tartvenster…</translation>
    </message>
    <message>
        <source>Choose a session: those that come with the app, your own, and the recent runs</source>
        <translation>Kies een sessie: de meegeleverde, je eigen sessies en de recente uitvoeringen</translation>
    </message>
    <message>
        <source>&amp;New session…</source>
        <translation>&amp;Nieuwe sessie…</translation>
    </message>
    <message>
        <source>Make a new session: blank, a copy of a bundled one, or from a spreadsheet table</source>
        <translation>Maak een nieuwe sessie: leeg, een kopie van een meegeleverde, of uit een tabel van een spreadsheet</translation>
    </message>
    <message>
        <source>&amp;Edit this session…</source>
        <translation>Deze sessie &amp;bewerken…</translation>
    </message>
    <message>
        <source>Change this session: steps, projected items, hand-outs, cards, with a preview</source>
        <translation>Deze sessie aanpassen: stappen, onderdelen op de beamer, hand-outs, kaarten, met een voorbeeld</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Afsl&amp;uiten</translation>
    </message>
    <message>
        <source>Close Facilitator</source>
        <translation>Facilitator afsluiten</translation>
    </message>
</context>
<context>
    <name>Console</name>
    <message>
        <source>Running {minutes} min late.</source>
        <translation>Je loopt {minutes} min achter.</translation>
    </message>
    <message>
        <source>Running {minutes} min early.</source>
        <translation>Je loopt {minutes} min voor.</translation>
    </message>
    <message>
        <source>On plan: nothing to catch up.</source>
        <translation>Op schema: er valt niets in te halen.</translation>
    </message>
    <message>
        <source>No step to come can change (all locked or at their minimum).</source>
        <translation>Geen enkele komende stap kan veranderen (alle vastgezet of op hun minimum).</translation>
    </message>
    <message>
        <source>The session is not under way: nothing to catch up.</source>
        <translation>De sessie loopt niet: er valt niets in te halen.</translation>
    </message>
    <message>
        <source>Shorten: {changes}.</source>
        <translation>Inkorten: {changes}.</translation>
    </message>
    <message>
        <source>Lengthen: {changes}.</source>
        <translation>Verlengen: {changes}.</translation>
    </message>
    <message>
        <source>“{title}” {change}</source>
        <translation>‘{title}’ {change}</translation>
    </message>
    <message>
        <source>The session then ends at its planned time.</source>
        <translation>De sessie eindigt dan op de geplande tijd.</translation>
    </message>
    <message>
        <source>Still {minutes} min late after this.</source>
        <translation>Daarna nog steeds {minutes} min achter.</translation>
    </message>
    <message>
        <source>Still {minutes} min early after this.</source>
        <translation>Daarna nog steeds {minutes} min voor.</translation>
    </message>
    <message>
        <source>new step “{title}” ({minutes} min)</source>
        <translation>nieuwe stap ‘{title}’ ({minutes} min)</translation>
    </message>
    <message>
        <source>“{title}”: {before} → {after} min</source>
        <translation>‘{title}’: {before} → {after} min</translation>
    </message>
    <message>
        <source>step renamed: “{before}” → “{after}”</source>
        <translation>stap hernoemd: ‘{before}’ → ‘{after}’</translation>
    </message>
    <message>
        <source>“{title}”: instructions or materials changed</source>
        <translation>‘{title}’: instructies of materialen gewijzigd</translation>
    </message>
    <message>
        <source>“{title}”: projected items or timing changed</source>
        <translation>‘{title}’: onderdelen op de beamer of timing gewijzigd</translation>
    </message>
    <message>
        <source>step removed: “{title}”</source>
        <translation>stap verwijderd: ‘{title}’</translation>
    </message>
    <message>
        <source>steps reordered</source>
        <translation>stappen in een andere volgorde</translation>
    </message>
    <message>
        <source>texts changed (hand-outs, reference or metadata)</source>
        <translation>teksten gewijzigd (hand-outs, naslag of gegevens van de sessie)</translation>
    </message>
    <message>
        <source>Agenda reloaded from {file}: {changes}.</source>
        <translation>Agenda opnieuw geladen uit {file}: {changes}.</translation>
    </message>
    <message>
        <source>Agenda reloaded from {file}: {changes}. “{gone}” was taken out of the agenda, so the session moved on to step {number}, “{title}”; the time spent on “{gone}” stays in the record and the report.</source>
        <translation>Agenda opnieuw geladen uit {file}: {changes}. ‘{gone}’ is uit de agenda gehaald, dus de sessie is doorgegaan naar stap {number}, ‘{title}’; de tijd die ‘{gone}’ duurde, blijft in het logboek en het rapport.</translation>
    </message>
    <message>
        <source>Agenda reloaded from {file}: {changes}. “{gone}” was taken out of the agenda; the session starts with step {number}, “{title}”.</source>
        <translation>Agenda opnieuw geladen uit {file}: {changes}. ‘{gone}’ is uit de agenda gehaald; de sessie begint met stap {number}, ‘{title}’.</translation>
    </message>
    <message>
        <source>The agenda file {file} is gone (deleted, moved, or on a drive that is not there); the session goes on with the version loaded. Save it there again and it is reloaded.</source>
        <translation>Het agendabestand {file} is weg (verwijderd, verplaatst of op een schijf die er niet is); de sessie gaat door met de geladen versie. Sla het daar opnieuw op en het wordt opnieuw geladen.</translation>
    </message>
    <message>
        <source>The agenda file {file} is back, unchanged; the session goes on.</source>
        <translation>Het agendabestand {file} is er weer, ongewijzigd; de sessie gaat door.</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>niet begonnen</translation>
    </message>
    <message>
        <source>on time</source>
        <translation>op schema</translation>
    </message>
    <message>
        <source>nearly done</source>
        <translation>bijna klaar</translation>
    </message>
    <message>
        <source>last minutes</source>
        <translation>laatste minuten</translation>
    </message>
    <message>
        <source>over time</source>
        <translation>over tijd</translation>
    </message>
    <message>
        <source>Set the remaining time</source>
        <translation>Resterende tijd instellen</translation>
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
        <translation>Resterende tijd van deze stap:</translation>
    </message>
    <message>
        <source>Session finished · P reopens the last step</source>
        <translation>Sessie afgelopen · P opent de laatste stap weer</translation>
    </message>
    <message>
        <source>Step {number}: {title} · P goes back to where you were</source>
        <translation>Stap {number}: {title} · P gaat terug naar waar je was</translation>
    </message>
    <message>
        <source>Restart this step</source>
        <translation>Deze stap opnieuw beginnen</translation>
    </message>
    <message>
        <source>Start “{title}” again from its full time?

The time already spent stays in the record.</source>
        <translation>‘{title}’ opnieuw beginnen met de volle tijd?

De tijd die al verstreken is, blijft vastgelegd.</translation>
    </message>
    <message>
        <source>Jump to another step</source>
        <translation>Naar een andere stap springen</translation>
    </message>
    <message>
        <source>Jump to step {number}, “{title}”?

The current step ends now.</source>
        <translation>Naar stap {number} springen, ‘{title}’?

De huidige stap eindigt nu.</translation>
    </message>
    <message>
        <source>“{title}” keeps its minutes (locked)</source>
        <translation>‘{title}’ houdt zijn minuten (vastgezet)</translation>
    </message>
    <message>
        <source>“{title}” may change in a catch-up plan</source>
        <translation>‘{title}’ mag veranderen in een inhaalplan</translation>
    </message>
    <message>
        <source>Catch-up plan accepted: the step list shows the new minutes</source>
        <translation>Inhaalplan aangenomen: de stappenlijst toont de nieuwe minuten</translation>
    </message>
    <message>
        <source>Catch-up plan undone: the steps to come have their minutes back</source>
        <translation>Inhaalplan ongedaan gemaakt: de komende stappen hebben hun minuten terug</translation>
    </message>
    <message>
        <source>Chimes muted</source>
        <translation>Geluidssignalen uit</translation>
    </message>
    <message>
        <source>Chimes on</source>
        <translation>Geluidssignalen aan</translation>
    </message>
    <message>
        <source>sound unavailable</source>
        <translation>geen geluid</translation>
    </message>
    <message>
        <source>{problem}; the session goes on</source>
        <translation>{problem}; de sessie gaat door</translation>
    </message>
    <message>
        <source>chimes muted</source>
        <translation>geluidssignalen uit</translation>
    </message>
    <message>
        <source>chimes on</source>
        <translation>geluidssignalen aan</translation>
    </message>
    <message>
        <source>Agenda reloaded from {file}: {changes}. The current step and its timer go on.</source>
        <translation>Agenda opnieuw geladen uit {file}: {changes}. De huidige stap en zijn timer gaan door.</translation>
    </message>
    <message>
        <source>no visible change</source>
        <translation>geen zichtbare wijziging</translation>
    </message>
    <message>
        <source>The saved agenda has a problem, so the session goes on with the version loaded before. Fix the file and save it again.</source>
        <translation>De opgeslagen agenda bevat een fout; de sessie gaat door met de versie die eerder was geladen. Verbeter het bestand en sla het opnieuw op.</translation>
    </message>
    <message>
        <source>Window layout reset: the default size and panes</source>
        <translation>Vensterindeling hersteld: de standaardgrootte en -deelvensters</translation>
    </message>
    <message>
        <source>READY</source>
        <translation>KLAAR</translation>
    </message>
    <message>
        <source>ON TIME</source>
        <translation>OP SCHEMA</translation>
    </message>
    <message>
        <source>WARNING</source>
        <translation>LET OP</translation>
    </message>
    <message>
        <source>DANGER</source>
        <translation>ALARM</translation>
    </message>
    <message>
        <source>OVERTIME</source>
        <translation>OVER TIJD</translation>
    </message>
    <message>
        <source>Step {number} of {count}</source>
        <translation>Stap {number} van {count}</translation>
    </message>
    <message>
        <source>FINISHED</source>
        <translation>AFGELOPEN</translation>
    </message>
    <message>
        <source>PAUSED</source>
        <translation>GEPAUZEERD</translation>
    </message>
    <message>
        <source>Next: {title}</source>
        <translation>Hierna: {title}</translation>
    </message>
    <message>
        <source>Last step of the session</source>
        <translation>Laatste stap van de sessie</translation>
    </message>
    <message>
        <source>Show the report: where the time went</source>
        <translation>Toon het rapport: waar de tijd naartoe ging</translation>
    </message>
    <message>
        <source>The room sees the closing screen · P reopens the last step</source>
        <translation>De zaal ziet het slotscherm · P opent de laatste stap weer</translation>
    </message>
    <message>
        <source>Session finished</source>
        <translation>Sessie afgelopen</translation>
    </message>
    <message>
        <source>Ready · {planned} planned · press Space to start</source>
        <translation>Klaar · {planned} gepland · druk op de spatiebalk om te beginnen</translation>
    </message>
    <message>
        <source>PAUSED · {phase} · Space resumes</source>
        <translation>GEPAUZEERD · {phase} · spatiebalk hervat</translation>
    </message>
    <message>
        <source>OVER TIME, counting up · {planned} planned</source>
        <translation>OVER TIJD, telt op · {planned} gepland</translation>
    </message>
    <message>
        <source>{phase} · {planned} planned</source>
        <translation>{phase} · {planned} gepland</translation>
    </message>
    <message>
        <source>Hide this message</source>
        <translation>Dit bericht verbergen</translation>
    </message>
    <message>
        <source>The projector window is closed: the room sees nothing of the session. Show projector puts it back, full screen where it was.</source>
        <translation>Het beamervenster is gesloten: de groep ziet niets van de sessie. Met ‘Beamer tonen’ komt het terug, volledig scherm waar het was.</translation>
    </message>
    <message>
        <source>Show projector ({keys})</source>
        <translation>Beamer tonen ({keys})</translation>
    </message>
    <message>
        <source>On the projector now</source>
        <translation>Nu op de beamer</translation>
    </message>
    <message>
        <source>Next on the projector</source>
        <translation>Straks op de beamer</translation>
    </message>
    <message>
        <source>{summary}: PageDown stays here, N starts the next step</source>
        <translation>{summary}: PageDown blijft hier, N begint de volgende stap</translation>
    </message>
    <message>
        <source>Now {time}</source>
        <translation>Nu {time}</translation>
    </message>
    <message>
        <source>Elapsed {time}</source>
        <translation>Verstreken {time}</translation>
    </message>
    <message>
        <source>Planned end {time}</source>
        <translation>Gepland einde {time}</translation>
    </message>
    <message>
        <source>Projected end {time}</source>
        <translation>Verwacht einde {time}</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Begin</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Einde</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Stap</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Gepland</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Werkelijk</translation>
    </message>
    <message>
        <source>Current step</source>
        <translation>Huidige stap</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Gedaan</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Volgende stap</translation>
    </message>
    <message>
        <source>Minutes locked (L)</source>
        <translation>Minuten vastgezet (L)</translation>
    </message>
    <message>
        <source>No instructions for this step.</source>
        <translation>Geen instructies voor deze stap.</translation>
    </message>
    <message>
        <source>Materials</source>
        <translation>Materialen</translation>
    </message>
    <message>
        <source>Guiding questions</source>
        <translation>Leidende vragen</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>Bundled &amp;sessions</source>
        <translation>Meegeleverde &amp;sessies</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>&amp;Sessie</translation>
    </message>
    <message>
        <source>R&amp;oom</source>
        <translation>&amp;Groep</translation>
    </message>
    <message>
        <source>The &amp;wall</source>
        <translation>H&amp;et bord</translation>
    </message>
    <message>
        <source>&amp;Projector</source>
        <translation>Bea&amp;mer</translation>
    </message>
    <message>
        <source>&amp;Reference</source>
        <translation>&amp;Naslag</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sessie</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>Instructies</translation>
    </message>
    <message>
        <source>Reference &amp;&amp; checklists</source>
        <translation>Naslag &amp;&amp; checklists</translation>
    </message>
    <message>
        <source>Groups &amp;&amp; turns</source>
        <translation>Groepen &amp;&amp; beurten</translation>
    </message>
    <message>
        <source>Wall</source>
        <translation>Bord</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Stappen</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pauzeren</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <source>Open a session agenda</source>
        <translation>De agenda van een sessie openen</translation>
    </message>
    <message>
        <source>The session is under way. Quit anyway?

What happened so far is saved, and the next start offers to go on where you left off.</source>
        <translation>De sessie is bezig. Toch afsluiten?

Wat er tot nu toe gebeurde is bewaard, en bij de volgende start kun je verdergaan waar je gebleven was.</translation>
    </message>
    <message>
        <source>Agendas (*.yaml *.yml);;All files (*)</source>
        <translation>Agenda’s (*.yaml *.yml);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Open another session</source>
        <translation>Een andere sessie openen</translation>
    </message>
    <message>
        <source>A session is under way. Open another one and end this one?</source>
        <translation>Er loopt een sessie. Wil je een andere openen en deze beëindigen?</translation>
    </message>
    <message>
        <source>Quit Facilitator</source>
        <translation>Facilitator afsluiten</translation>
    </message>
    <message>
        <source>{file} could not be read: {error}</source>
        <translation>{file} kon niet worden gelezen: {error}</translation>
    </message>
    <message>
        <source>Type the question to put on the projector.</source>
        <extracomment>The longest question that can be projected live. A break ends at most this long after it is set (a time earlier today is a typo). The kinds drawn with a big live text (a countdown or the time) and no step timer.</extracomment>
        <translation>Typ de vraag die op de beamer moet komen.</translation>
    </message>
    <message>
        <source>A question on the projector has at most {limit} characters; this one has {count}. Shorten it so that the room can read it.</source>
        <translation>Een vraag op de beamer heeft hoogstens {limit} tekens; deze heeft er {count}. Maak ze korter zodat de zaal ze kan lezen.</translation>
    </message>
    <message>
        <source>“{text}” is not a time of day: type it as 10:45.</source>
        <translation>‘{text}’ is geen uur: typ het als 10:45.</translation>
    </message>
    <message>
        <source>{time} has passed (it is {now} now): type a later time for the end of the break.</source>
        <translation>{time} is voorbij (het is nu {now}): typ een later uur voor het einde van de pauze.</translation>
    </message>
    <message>
        <source>This session has no reference text “{ref}”.</source>
        <translation>Deze sessie heeft geen naslagtekst ‘{ref}’.</translation>
    </message>
    <message>
        <source>This session has no checklist “{ref}”.</source>
        <translation>Deze sessie heeft geen checklist ‘{ref}’.</translation>
    </message>
    <message>
        <source>Choose a text or checklist in the Reference tab first, then put it on the projector (R).</source>
        <translation>Kies eerst een tekst of checklist in het tabblad Naslag en zet ze dan op de beamer (R).</translation>
    </message>
    <message>
        <source>Project a question</source>
        <translation>Een vraag op de beamer</translation>
    </message>
    <message>
        <source>The question for the room (shown as you type it):</source>
        <translation>De vraag voor de zaal (getoond terwijl je typt):</translation>
    </message>
    <message>
        <source>Break screen</source>
        <translation>Pauzescherm</translation>
    </message>
    <message>
        <source>The break ends at (a time of day, such as 10:45):</source>
        <translation>De pauze eindigt om (een uur, zoals 10:45):</translation>
    </message>
    <message>
        <source>The projector shows the break until {time} and counts down to it; Home ends it.</source>
        <translation>De beamer toont de pauze tot {time} en telt ernaar af; Home beëindigt ze.</translation>
    </message>
</context>
<context>
    <name>Editor</name>
    <message>
        <source>Change a field</source>
        <translation>Een veld wijzigen</translation>
    </message>
    <message>
        <source>Write</source>
        <translation>Schrijven</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Voorbeeld</translation>
    </message>
    <message>
        <source>One per line</source>
        <translation>Eén per regel</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
    <message>
        <source>Add another card</source>
        <translation>Nog een kaart toevoegen</translation>
    </message>
    <message>
        <source>Change the card&apos;s title</source>
        <translation>De titel van de kaart wijzigen</translation>
    </message>
    <message>
        <source>Change the card&apos;s text</source>
        <translation>De tekst van de kaart wijzigen</translation>
    </message>
    <message>
        <source>Card · {handout}</source>
        <translation>Kaart · {handout}</translation>
    </message>
    <message>
        <source>Add another document</source>
        <translation>Nog een document toevoegen</translation>
    </message>
    <message>
        <source>Change the document&apos;s title</source>
        <translation>De titel van het document wijzigen</translation>
    </message>
    <message>
        <source>Change the document&apos;s text</source>
        <translation>De tekst van het document wijzigen</translation>
    </message>
    <message>
        <source>Document · {handout}</source>
        <translation>Document · {handout}</translation>
    </message>
    <message>
        <source>A short name: lower-case letters, digits and hyphens. Items that project this get the new name too.</source>
        <translation>Een korte naam: kleine letters, cijfers en koppeltekens. Onderdelen die dit op de beamer tonen, krijgen de nieuwe naam ook.</translation>
    </message>
    <message>
        <source>Hand-out</source>
        <translation>Hand-out</translation>
    </message>
    <message>
        <source>What groups receive on paper (File &gt; Print hand-outs); its parts can be projected.</source>
        <translation>Wat groepen op papier krijgen (Bestand &gt; Hand-outs afdrukken); de delen ervan kunnen op de beamer.</translation>
    </message>
    <message>
        <source>Title</source>
        <extracomment>How each kind of projected item is named in the outline.</extracomment>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Change the title</source>
        <translation>De titel wijzigen</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>Instructies</translation>
    </message>
    <message>
        <source>Change the instructions</source>
        <translation>De instructies wijzigen</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Opmerking</translation>
    </message>
    <message>
        <source>Change the note</source>
        <translation>De opmerking wijzigen</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Vragen</translation>
    </message>
    <message>
        <source>One question per line</source>
        <translation>Eén vraag per regel</translation>
    </message>
    <message>
        <source>Change the questions</source>
        <translation>De vragen wijzigen</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documenten</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>Kaarten</translation>
    </message>
    <message>
        <source>Double-click one to edit it.</source>
        <translation>Dubbelklik erop om te bewerken.</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bewerken</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Remove this hand-out</source>
        <translation>Deze hand-out verwijderen</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Dupliceren</translation>
    </message>
    <message>
        <source>Back to the hand-out</source>
        <translation>Terug naar de hand-out</translation>
    </message>
    <message>
        <source>The clock time the session starts: the steps&apos; times follow</source>
        <translation>Het uur waarop de sessie begint: de tijden van de stappen volgen</translation>
    </message>
    <message>
        <source>Start at</source>
        <translation>Begint om</translation>
    </message>
    <message>
        <source>Set the duration to {minutes} min (the steps&apos; total)</source>
        <translation>Zet de duur op {minutes} min (het totaal van de stappen)</translation>
    </message>
    <message>
        <source>No problems: the session can be run as it is.</source>
        <translation>Geen problemen: de sessie kan zo lopen.</translation>
    </message>
    <message>
        <source>1 problem: the session cannot be run until it is fixed.</source>
        <translation>1 probleem: de sessie kan pas lopen als het opgelost is.</translation>
    </message>
    <message>
        <source>{count} problems: the session cannot be run until they are fixed.</source>
        <translation>{count} problemen: de sessie kan pas lopen als ze opgelost zijn.</translation>
    </message>
    <message>
        <source>On the projector</source>
        <translation>Op de beamer</translation>
    </message>
    <message>
        <source>◀ Page</source>
        <translation>◀ Pagina</translation>
    </message>
    <message>
        <source>Page ▶</source>
        <translation>Pagina ▶</translation>
    </message>
    <message>
        <source>The previous page of this item, as PageUp shows it</source>
        <translation>De vorige pagina van dit onderdeel, zoals PageUp die toont</translation>
    </message>
    <message>
        <source>The next page of this item, as PageDown shows it</source>
        <translation>De volgende pagina van dit onderdeel, zoals PageDown die toont</translation>
    </message>
    <message>
        <source>Choose a step, an item, a card or a section to see it as the room will.</source>
        <translation>Kies een stap, een onderdeel, een kaart of een sectie om die te zien zoals de zaal die ziet.</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Pagina {page} van {pages}</translation>
    </message>
    <message>
        <source>this session</source>
        <translation>deze sessie</translation>
    </message>
    <message>
        <source>Section · {where}</source>
        <translation>Sectie · {where}</translation>
    </message>
    <message>
        <source>Subtitle</source>
        <translation>Ondertitel</translation>
    </message>
    <message>
        <source>Change the subtitle</source>
        <translation>De ondertitel wijzigen</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <source>e.g. Didactisch advies</source>
        <translation>bv. Didactisch advies</translation>
    </message>
    <message>
        <source>Change the category</source>
        <translation>De categorie wijzigen</translation>
    </message>
    <message>
        <source>The group it is listed under in the presenter&apos;s reference panel.</source>
        <translation>De groep waaronder het in het naslagpaneel van het presentatorvenster staat.</translation>
    </message>
    <message>
        <source>Change the text</source>
        <translation>De tekst wijzigen</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>Afsluiting</translation>
    </message>
    <message>
        <source>Change the closing text</source>
        <translation>De afsluitende tekst wijzigen</translation>
    </message>
    <message>
        <source>Parts for the trainer only</source>
        <translation>Delen alleen voor de trainer</translation>
    </message>
    <message>
        <source>Tick the headings whose part is the trainer&apos;s own instructions: the projector leaves them out, the reference panel shows them.</source>
        <translation>Vink de kopjes aan waarvan het deel de eigen instructies van de trainer zijn: de beamer laat ze weg, het naslagpaneel toont ze.</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Cijfers</translation>
    </message>
    <message>
        <source>Key figures, shown as an infographic.</source>
        <translation>Kerncijfers, getoond als infographic.</translation>
    </message>
    <message>
        <source>Phases</source>
        <translation>Fasen</translation>
    </message>
    <message>
        <source>The phases of a template, each with what to do and an example.</source>
        <translation>De fasen van een sjabloon, elk met wat te doen en een voorbeeld.</translation>
    </message>
    <message>
        <source>Remove this section</source>
        <translation>Deze sectie verwijderen</translation>
    </message>
    <message>
        <source>Figure {number}</source>
        <translation>Cijfer {number}</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Waarde</translation>
    </message>
    <message>
        <source>What it counts</source>
        <translation>Wat het telt</translation>
    </message>
    <message>
        <source>Change the figure</source>
        <translation>Het cijfer wijzigen</translation>
    </message>
    <message>
        <source>Remove the figure</source>
        <translation>Het cijfer verwijderen</translation>
    </message>
    <message>
        <source>Phase {number}</source>
        <translation>Fase {number}</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Wat te doen</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>Voorbeeld</translation>
    </message>
    <message>
        <source>Change the phase</source>
        <translation>De fase wijzigen</translation>
    </message>
    <message>
        <source>Remove the phase</source>
        <translation>De fase verwijderen</translation>
    </message>
    <message>
        <source>The text has no headings (lines starting with #).</source>
        <translation>De tekst heeft geen kopjes (regels die met # beginnen).</translation>
    </message>
    <message>
        <source>Add a step</source>
        <extracomment>Item kinds that name a part of the session (a hand-out, a document, a card, a section).</extracomment>
        <translation>Stap toevoegen</translation>
    </message>
    <message>
        <source>Duplicate the step</source>
        <translation>De stap dupliceren</translation>
    </message>
    <message>
        <source>Remove the step</source>
        <translation>De stap verwijderen</translation>
    </message>
    <message>
        <source>Move the step</source>
        <translation>De stap verplaatsen</translation>
    </message>
    <message>
        <source>Set the duration to the steps&apos; total</source>
        <translation>De duur op het totaal van de stappen zetten</translation>
    </message>
    <message>
        <source>Add a projected item</source>
        <translation>Onderdeel op de beamer toevoegen</translation>
    </message>
    <message>
        <source>Duplicate the projected item</source>
        <translation>Het onderdeel dupliceren</translation>
    </message>
    <message>
        <source>Remove the projected item</source>
        <translation>Het onderdeel verwijderen</translation>
    </message>
    <message>
        <source>Move the projected item</source>
        <translation>Het onderdeel verplaatsen</translation>
    </message>
    <message>
        <source>Add a hand-out</source>
        <translation>Hand-out toevoegen</translation>
    </message>
    <message>
        <source>Remove the hand-out</source>
        <translation>De hand-out verwijderen</translation>
    </message>
    <message>
        <source>Add a card</source>
        <translation>Kaart toevoegen</translation>
    </message>
    <message>
        <source>Add a document</source>
        <translation>Document toevoegen</translation>
    </message>
    <message>
        <source>Duplicate the card</source>
        <translation>De kaart dupliceren</translation>
    </message>
    <message>
        <source>Duplicate the document</source>
        <translation>Het document dupliceren</translation>
    </message>
    <message>
        <source>Remove the card</source>
        <translation>De kaart verwijderen</translation>
    </message>
    <message>
        <source>Remove the document</source>
        <translation>Het document verwijderen</translation>
    </message>
    <message>
        <source>Move the card</source>
        <translation>De kaart verplaatsen</translation>
    </message>
    <message>
        <source>Move the document</source>
        <translation>Het document verplaatsen</translation>
    </message>
    <message>
        <source>Add a section</source>
        <translation>Sectie toevoegen</translation>
    </message>
    <message>
        <source>Remove the section</source>
        <translation>De sectie verwijderen</translation>
    </message>
    <message>
        <source>Move the section</source>
        <translation>De sectie verplaatsen</translation>
    </message>
    <message>
        <source>Add a phase</source>
        <translation>Fase toevoegen</translation>
    </message>
    <message>
        <source>Add a figure</source>
        <translation>Cijfer toevoegen</translation>
    </message>
    <message>
        <source>Add a checklist</source>
        <translation>Checklist toevoegen</translation>
    </message>
    <message>
        <source>Keep the part for the trainer</source>
        <translation>Het deel voor de trainer houden</translation>
    </message>
    <message>
        <source>Show the part to the room</source>
        <translation>Het deel aan de groep tonen</translation>
    </message>
    <message>
        <source>Change the id</source>
        <translation>Het id wijzigen</translation>
    </message>
    <message>
        <source>This is one of the app&apos;s own sessions: it is never changed. Your changes are kept when you save them as your copy, in your sessions folder.</source>
        <translation>Dit is een meegeleverde sessie: die wordt nooit gewijzigd. Je wijzigingen blijven bewaard als je ze opslaat als je eigen kopie, in je map met sessies.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <extracomment>What the trainer chose when closing with unsaved changes: save, discard or cancel.</extracomment>
        <translation>Niet-opgeslagen wijzigingen</translation>
    </message>
    <message>
        <source>Save your changes to “{name}” before closing?</source>
        <translation>Je wijzigingen in ‘{name}’ opslaan voor je sluit?</translation>
    </message>
    <message>
        <source>If you do not save them, they are lost.</source>
        <translation>Als je ze niet opslaat, gaan ze verloren.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <source>Don&apos;t save</source>
        <translation>Niet opslaan</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Opslaan</translation>
    </message>
    <message>
        <source>Save the session in place</source>
        <translation>De sessie op haar plaats opslaan</translation>
    </message>
    <message>
        <source>Save as my &amp;copy</source>
        <translation>Opslaan als mijn &amp;kopie</translation>
    </message>
    <message>
        <source>Save the session, with its library, in your sessions folder</source>
        <translation>De sessie met haar bibliotheek opslaan in je map met sessies</translation>
    </message>
    <message>
        <source>C&amp;lose the editor</source>
        <translation>Editor &amp;sluiten</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Ongedaan maken</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Opnieuw</translation>
    </message>
    <message>
        <source>Add a &amp;step</source>
        <translation>&amp;Stap toevoegen</translation>
    </message>
    <message>
        <source>A new step after the one chosen</source>
        <translation>Een nieuwe stap na de gekozen stap</translation>
    </message>
    <message>
        <source>Add a &amp;card</source>
        <translation>&amp;Kaart toevoegen</translation>
    </message>
    <message>
        <source>A new scenario card in the hand-out chosen</source>
        <translation>Een nieuwe scenariokaart in de gekozen hand-out</translation>
    </message>
    <message>
        <source>Add a &amp;document</source>
        <translation>&amp;Document toevoegen</translation>
    </message>
    <message>
        <source>A new document in the hand-out chosen</source>
        <translation>Een nieuw document in de gekozen hand-out</translation>
    </message>
    <message>
        <source>Add a &amp;hand-out</source>
        <translation>&amp;Hand-out toevoegen</translation>
    </message>
    <message>
        <source>Add a s&amp;ection</source>
        <translation>S&amp;ectie toevoegen</translation>
    </message>
    <message>
        <source>A new section in the file chosen</source>
        <translation>Een nieuwe sectie in het gekozen bestand</translation>
    </message>
    <message>
        <source>Du&amp;plicate</source>
        <translation>D&amp;upliceren</translation>
    </message>
    <message>
        <source>A copy of the part chosen, after it</source>
        <translation>Een kopie van het gekozen deel, erna</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <source>Remove the part chosen (Undo brings it back)</source>
        <translation>Het gekozen deel verwijderen (Ongedaan maken haalt het terug)</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Naar &amp;boven</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Naar be&amp;neden</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <source>Add a projected &amp;item</source>
        <translation>&amp;Onderdeel op de beamer toevoegen</translation>
    </message>
    <message>
        <source>Editor</source>
        <translation>Editor</translation>
    </message>
    <message>
        <source>Add an item</source>
        <translation>Onderdeel toevoegen</translation>
    </message>
    <message>
        <source>Add a projected item to the step chosen</source>
        <translation>Een onderdeel op de beamer toevoegen aan de gekozen stap</translation>
    </message>
    <message>
        <source>Save as my copy</source>
        <translation>Opslaan als mijn kopie</translation>
    </message>
    <message>
        <source>bundled session</source>
        <translation>meegeleverde sessie</translation>
    </message>
    <message>
        <source>Edit · {title} [*] – {where} — Facilitator</source>
        <translation>Bewerken · {title} [*] – {where} — Facilitator</translation>
    </message>
    <message>
        <source>&amp;Save as my copy</source>
        <translation>&amp;Opslaan als mijn kopie</translation>
    </message>
    <message>
        <source>Choose a step first: its items are added to it.</source>
        <translation>Kies eerst een stap: de onderdelen worden eraan toegevoegd.</translation>
    </message>
    <message>
        <source>Add a hand-out first: documents and cards belong to one.</source>
        <translation>Voeg eerst een hand-out toe: documenten en kaarten horen bij een hand-out.</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Verplaatsen</translation>
    </message>
    <message>
        <source>Remove the checklist</source>
        <translation>De checklist verwijderen</translation>
    </message>
    <message>
        <source>Choose a step, an item, a document or a card first.</source>
        <translation>Kies eerst een stap, een onderdeel, een document of een kaart.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Niet opgeslagen</translation>
    </message>
    <message>
        <source>nothing had changed</source>
        <translation>er was niets gewijzigd</translation>
    </message>
    <message>
        <source>Saved: {names}.</source>
        <translation>Opgeslagen: {names}.</translation>
    </message>
    <message>
        <source>Saved: {names}. The session has problems (listed on the left) and cannot be run until they are fixed.</source>
        <translation>Opgeslagen: {names}. De sessie heeft problemen (links opgesomd) en kan pas lopen als ze opgelost zijn.</translation>
    </message>
    <message>
        <source>Saved as your copy: {path}. From now on, Save keeps your changes there.</source>
        <translation>Opgeslagen als je eigen kopie: {path}. Vanaf nu bewaart Opslaan je wijzigingen daar.</translation>
    </message>
    <message>
        <source>The new session could not be written in {folder}: {reason}.</source>
        <translation>De nieuwe sessie kon niet geschreven worden in {folder}: {reason}.</translation>
    </message>
    <message>
        <source>Row {row} (“{step}”): {problem}</source>
        <translation>Rij {row} (‘{step}’): {problem}</translation>
    </message>
    <message>
        <source>Row {row}: {problem}</source>
        <translation>Rij {row}: {problem}</translation>
    </message>
    <message>
        <source>The table is empty.</source>
        <translation>De tabel is leeg.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <source>the first row must name the columns, with at least “title” and “minutes” (columns found: {found}).</source>
        <translation>de eerste rij moet de kolommen benoemen, met minstens “titel” en “minuten” (gevonden kolommen: {found}).</translation>
    </message>
    <message>
        <source>the step has no title.</source>
        <translation>de stap heeft geen titel.</translation>
    </message>
    <message>
        <source>the minutes “{minutes}” are not a number; write a number such as 10.</source>
        <translation>de minuten ‘{minutes}’ zijn geen getal; schrijf een getal, zoals 10.</translation>
    </message>
    <message>
        <source>the step has no minutes; write a number such as 10.</source>
        <translation>de stap heeft geen minuten; schrijf een getal, zoals 10.</translation>
    </message>
    <message>
        <source>The table has no steps: one row per step, under the header.</source>
        <translation>De tabel heeft geen stappen: één rij per stap, onder de kopregel.</translation>
    </message>
    <message>
        <source>{place}: {problem}</source>
        <translation>{place}: {problem}</translation>
    </message>
    <message>
        <source>1 step, {total} min: {times}</source>
        <translation>1 stap, {total} min: {times}</translation>
    </message>
    <message>
        <source>{count} steps, {total} min: {times}</source>
        <translation>{count} stappen, {total} min: {times}</translation>
    </message>
    <message>
        <source>{plan}. The session has no duration yet.</source>
        <translation>{plan}. De sessie heeft nog geen duur.</translation>
    </message>
    <message>
        <source>{plan}. The session says {minutes} min.</source>
        <translation>{plan}. De sessie zegt {minutes} min.</translation>
    </message>
    <message>
        <source>This item is not complete yet: fill in its fields.</source>
        <translation>Dit onderdeel is nog niet af: vul de velden in.</translation>
    </message>
    <message>
        <source>This item names something that does not exist (yet): choose it from the list.</source>
        <translation>Dit onderdeel noemt iets dat (nog) niet bestaat: kies het uit de lijst.</translation>
    </message>
    <message>
        <source>There is nothing to show here.</source>
        <translation>Hier is niets te tonen.</translation>
    </message>
    <message>
        <source>Give the hand-out and this part an id first.</source>
        <translation>Geef de hand-out en dit deel eerst een id.</translation>
    </message>
    <message>
        <source>Give the hand-out an id first.</source>
        <translation>Geef de hand-out eerst een id.</translation>
    </message>
    <message>
        <source>This section is not complete yet: it needs an id and a title.</source>
        <translation>Deze sectie is nog niet af: ze heeft een id en een titel nodig.</translation>
    </message>
    <message>
        <source>“{title}” has already begun in the session under way, so it stays in the session (with its id). Change it after the session.</source>
        <translation>‘{title}’ is al begonnen in de lopende sessie en blijft dus in de sessie (met zijn id). Wijzig het na de sessie.</translation>
    </message>
    <message>
        <source>While the session is under way, the steps that have begun keep their order: new and moved steps go after “{current}”, the current step.</source>
        <translation>Zolang de sessie loopt, houden de begonnen stappen hun volgorde: nieuwe en verplaatste stappen komen na ‘{current}’, de huidige stap.</translation>
    </message>
    <message>
        <source>“{title}” has already run: its minutes stay as they were while the session is under way.</source>
        <translation>‘{title}’ is al gelopen: de minuten blijven zoals ze waren zolang de sessie loopt.</translation>
    </message>
    <message>
        <source>{file} is a library file, not a session: open a session file that names it</source>
        <extracomment>Told after every change: the edit made or reverted (None: the documents were replaced).</extracomment>
        <translation>{file} is een bibliotheekbestand, geen sessie: open een sessiebestand dat het noemt</translation>
    </message>
    <message>
        <source>the text written would not read back as the session edited</source>
        <translation>de geschreven tekst zou niet teruggelezen worden als de bewerkte sessie</translation>
    </message>
    <message>
        <source>{file} was not saved, and the file on disk is unchanged: {why}.</source>
        <translation>{file} is niet opgeslagen, en het bestand op de schijf is ongewijzigd: {why}.</translation>
    </message>
    <message>
        <source>{file} is one of the app&apos;s own sessions and is never changed: save it as your copy instead.</source>
        <translation>{file} is een meegeleverde sessie en wordt nooit gewijzigd: sla ze op als je eigen kopie.</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Vraag</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Kaart</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>Aanzet</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Sectie</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Onderdeel</translation>
    </message>
    <message>
        <source>Unknown item</source>
        <translation>Onbekend onderdeel</translation>
    </message>
    <message>
        <source>{kind}: {text}</source>
        <translation>{kind}: {text}</translation>
    </message>
    <message>
        <source>Untitled session</source>
        <translation>Sessie zonder titel</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Stappen</translation>
    </message>
    <message>
        <source>Hand-outs</source>
        <translation>Hand-outs</translation>
    </message>
    <message>
        <source>Untitled hand-out</source>
        <translation>Hand-out zonder titel</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Secties</translation>
    </message>
    <message>
        <source>Library: {title}</source>
        <translation>Bibliotheek: {title}</translation>
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
        <translation>Stap zonder titel</translation>
    </message>
    <message>
        <source>{time}  {title} · {minutes} min</source>
        <translation>{time}  {title} · {minutes} min</translation>
    </message>
    <message>
        <source>No step projects this yet.</source>
        <translation>Nog geen stap toont dit op de beamer.</translation>
    </message>
    <message>
        <source>As step {number} projects it.</source>
        <translation>Zoals stap {number} het op de beamer toont.</translation>
    </message>
    <message>
        <source>Large digits (default)</source>
        <translation>Grote cijfers (standaard)</translation>
    </message>
    <message>
        <source>Small, in a corner</source>
        <translation>Klein, in een hoek</translation>
    </message>
    <message>
        <source>Hidden</source>
        <translation>Verborgen</translation>
    </message>
    <message>
        <source>Disc (Time Timer)</source>
        <translation>Schijf (Time Timer)</translation>
    </message>
    <message>
        <source>Dark (default)</source>
        <translation>Donker (standaard)</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Licht</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Hoog contrast</translation>
    </message>
    <message>
        <source>The session</source>
        <translation>De sessie</translation>
    </message>
    <message>
        <source>What the session is and who it is for. The steps&apos; clock times and their total are on the left, above the outline.</source>
        <translation>Wat de sessie is en voor wie. De kloktijden van de stappen en hun totaal staan links, boven het overzicht.</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Korte naam</translation>
    </message>
    <message>
        <source>How lists name it, e.g. “Sessie 1 · Samenwerken”</source>
        <translation>Hoe lijsten haar noemen, bv. ‘Sessie 1 · Samenwerken’</translation>
    </message>
    <message>
        <source>Change the short name</source>
        <translation>De korte naam wijzigen</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>Change the language</source>
        <translation>De taal wijzigen</translation>
    </message>
    <message>
        <source>The language of the session&apos;s texts; the projector&apos;s words follow it.</source>
        <translation>De taal van de teksten van de sessie; de woorden op de beamer volgen ze.</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duur</translation>
    </message>
    <message>
        <source>Change the duration</source>
        <translation>De duur wijzigen</translation>
    </message>
    <message>
        <source>Must be the sum of the steps&apos; minutes; the plan on the left offers the fix.</source>
        <translation>Moet de som van de minuten van de stappen zijn; het plan links biedt de oplossing aan.</translation>
    </message>
    <message>
        <source>For whom and what for</source>
        <translation>Voor wie en waarvoor</translation>
    </message>
    <message>
        <source>One entry per line.</source>
        <translation>Eén per regel.</translation>
    </message>
    <message>
        <source>Focus</source>
        <translation>Focus</translation>
    </message>
    <message>
        <source>Change the focus</source>
        <translation>De focus wijzigen</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Doelstellingen</translation>
    </message>
    <message>
        <source>Change the objectives</source>
        <translation>De doelstellingen wijzigen</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Doelgroep</translation>
    </message>
    <message>
        <source>Change the audience</source>
        <translation>De doelgroep wijzigen</translation>
    </message>
    <message>
        <source>Materials</source>
        <translation>Materiaal</translation>
    </message>
    <message>
        <source>Change the materials</source>
        <translation>Het materiaal wijzigen</translation>
    </message>
    <message>
        <source>Timing</source>
        <translation>Timing</translation>
    </message>
    <message>
        <source>When every step&apos;s countdown turns to warning and danger, in minutes left. A step&apos;s own timing comes first; without either, 20% and 10% of the step.</source>
        <translation>Wanneer de aftelling van elke stap op waarschuwing en alarm springt, in resterende minuten. De eigen timing van een stap gaat voor; zonder beide 20% en 10% van de stap.</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Waarschuwing</translation>
    </message>
    <message>
        <source>Danger</source>
        <translation>Alarm</translation>
    </message>
    <message>
        <source>default</source>
        <translation>standaard</translation>
    </message>
    <message>
        <source>Change the timing</source>
        <translation>De timing wijzigen</translation>
    </message>
    <message>
        <source>Projector</source>
        <translation>Beamer</translation>
    </message>
    <message>
        <source>How the projector looks at the start; the Projector menu changes it live.</source>
        <translation>Hoe de beamer er bij de start uitziet; het menu Beamer verandert het live.</translation>
    </message>
    <message>
        <source>Timer</source>
        <translation>Timer</translation>
    </message>
    <message>
        <source>Change the timer style</source>
        <translation>De timerweergave wijzigen</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>Change the theme</source>
        <translation>Het thema wijzigen</translation>
    </message>
    <message>
        <source>Flash the screen when a step&apos;s time is up</source>
        <translation>Het scherm laten flitsen als de tijd van een stap om is</translation>
    </message>
    <message>
        <source>Change the flash</source>
        <translation>Het flitsen wijzigen</translation>
    </message>
    <message>
        <source>Library file</source>
        <translation>Bibliotheekbestand</translation>
    </message>
    <message>
        <source>{file}: texts the session shares with others (sections, checklists). A change here changes them for every session that uses this file.</source>
        <translation>{file}: teksten die de sessie met andere deelt (secties, checklists). Een wijziging hier wijzigt ze voor elke sessie die dit bestand gebruikt.</translation>
    </message>
    <message>
        <source>Introduction</source>
        <translation>Inleiding</translation>
    </message>
    <message>
        <source>Change the introduction</source>
        <translation>De inleiding wijzigen</translation>
    </message>
    <message>
        <source>Things to do</source>
        <translation>Te doen</translation>
    </message>
    <message>
        <source>Change the checklist</source>
        <translation>De checklist wijzigen</translation>
    </message>
    <message>
        <source>No groups</source>
        <translation>Geen groepen</translation>
    </message>
    <message>
        <source>Pairs (a trio when odd)</source>
        <translation>Tweetallen (een drietal bij oneven)</translation>
    </message>
    <message>
        <source>2 to 3 people</source>
        <translation>2 tot 3 personen</translation>
    </message>
    <message>
        <source>3 to 5 people</source>
        <translation>3 tot 5 personen</translation>
    </message>
    <message>
        <source>4 people</source>
        <translation>4 personen</translation>
    </message>
    <message>
        <source>The groups of an earlier step</source>
        <translation>De groepen van een eerdere stap</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Geen</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>A large title, with a line under it</source>
        <extracomment>What each kind of item is for, as the menu &quot;Add a projected item&quot; says it.</extracomment>
        <translation>Een grote titel, met een lijn eronder</translation>
    </message>
    <message>
        <source>One question, alone and large</source>
        <translation>Eén vraag, alleen en groot</translation>
    </message>
    <message>
        <source>Several questions: all together, then one at a time</source>
        <translation>Meerdere vragen: eerst samen, dan één voor één</translation>
    </message>
    <message>
        <source>A document of a hand-out</source>
        <translation>Een document van een hand-out</translation>
    </message>
    <message>
        <source>A scenario card of a hand-out</source>
        <translation>Een scenariokaart van een hand-out</translation>
    </message>
    <message>
        <source>Up to four cards side by side</source>
        <translation>Tot vier kaarten naast elkaar</translation>
    </message>
    <message>
        <source>A hand-out&apos;s instructions and questions</source>
        <translation>De instructies en vragen van een hand-out</translation>
    </message>
    <message>
        <source>A sentence to complete, such as “Ik zal ...”</source>
        <translation>Een zin om af te maken, zoals ‘Ik zal ...’</translation>
    </message>
    <message>
        <source>A section: a case study, a template, advice</source>
        <translation>Een sectie: een casus, een sjabloon, advies</translation>
    </message>
    <message>
        <source>Free text in Markdown</source>
        <translation>Vrije tekst in Markdown</translation>
    </message>
    <message>
        <source>{kind} – {hint}</source>
        <translation>{kind} – {hint}</translation>
    </message>
    <message>
        <source>Step {number}</source>
        <translation>Stap {number}</translation>
    </message>
    <message>
        <source>Change the step&apos;s title</source>
        <translation>De titel van de stap wijzigen</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>Change the step&apos;s minutes</source>
        <translation>De minuten van de stap wijzigen</translation>
    </message>
    <message>
        <source>At least</source>
        <translation>Minstens</translation>
    </message>
    <message>
        <source>half the step</source>
        <translation>de helft van de stap</translation>
    </message>
    <message>
        <source>Change the least minutes</source>
        <translation>Het minimum aan minuten wijzigen</translation>
    </message>
    <message>
        <source>The least this step may be shortened to when the session runs late.</source>
        <translation>Het minste waartoe deze stap ingekort mag worden als de sessie uitloopt.</translation>
    </message>
    <message>
        <source>Warning at</source>
        <translation>Waarschuwing bij</translation>
    </message>
    <message>
        <source>Change the warning</source>
        <translation>De waarschuwing wijzigen</translation>
    </message>
    <message>
        <source>Minutes left when the countdown turns to warning.</source>
        <translation>Resterende minuten wanneer de aftelling op waarschuwing springt.</translation>
    </message>
    <message>
        <source>Danger at</source>
        <translation>Alarm bij</translation>
    </message>
    <message>
        <source>Change the danger</source>
        <translation>Het alarm wijzigen</translation>
    </message>
    <message>
        <source>Minutes left when the countdown turns to danger.</source>
        <translation>Resterende minuten wanneer de aftelling op alarm springt.</translation>
    </message>
    <message>
        <source>Change the step&apos;s id</source>
        <translation>Het id van de stap wijzigen</translation>
    </message>
    <message>
        <source>A short name for the step, unique in the session: letters, digits and hyphens.</source>
        <translation>Een korte naam voor de stap, uniek in de sessie: letters, cijfers en koppeltekens.</translation>
    </message>
    <message>
        <source>The trainer&apos;s instructions</source>
        <translation>De instructies voor de trainer</translation>
    </message>
    <message>
        <source>In Markdown: - for a list, **bold**, ## a heading.</source>
        <translation>In Markdown: - voor een lijst, **vet**, ## een kopje.</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Groepen</translation>
    </message>
    <message>
        <source>How the room works in this step; the trainer can always choose otherwise.</source>
        <translation>Hoe de groep in deze stap werkt; de trainer kan altijd anders kiezen.</translation>
    </message>
    <message>
        <source>Change the groups</source>
        <translation>De groepen wijzigen</translation>
    </message>
    <message>
        <source>Deal from</source>
        <translation>Uitdelen uit</translation>
    </message>
    <message>
        <source>Nothing dealt</source>
        <translation>Niets uitdelen</translation>
    </message>
    <message>
        <source>Change what is dealt</source>
        <translation>Wijzigen wat uitgedeeld wordt</translation>
    </message>
    <message>
        <source>Cards per group</source>
        <translation>Kaarten per groep</translation>
    </message>
    <message>
        <source>Documents per group</source>
        <translation>Documenten per groep</translation>
    </message>
    <message>
        <source>Every group has a turn (to present, report back)</source>
        <translation>Elke groep krijgt een beurt (om te presenteren, terug te koppelen)</translation>
    </message>
    <message>
        <source>Change the turns</source>
        <translation>De beurten wijzigen</translation>
    </message>
    <message>
        <source>Minutes per turn</source>
        <translation>Minuten per beurt</translation>
    </message>
    <message>
        <source>shared out</source>
        <translation>verdeeld</translation>
    </message>
    <message>
        <source>Order of turns</source>
        <translation>Volgorde van de beurten</translation>
    </message>
    <message>
        <source>In group order</source>
        <translation>In de volgorde van de groepen</translation>
    </message>
    <message>
        <source>Shuffled</source>
        <translation>Door elkaar</translation>
    </message>
    <message>
        <source>What may be shown during this step, in order. Double-click one to edit it.</source>
        <translation>Wat tijdens deze stap getoond mag worden, op volgorde. Dubbelklik erop om te bewerken.</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Naar boven</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Naar beneden</translation>
    </message>
    <message>
        <source>Item {number} of {count}.</source>
        <translation>Onderdeel {number} van {count}.</translation>
    </message>
    <message>
        <source>A step without items shows its title.</source>
        <translation>Een stap zonder onderdelen toont zijn titel.</translation>
    </message>
    <message>
        <source>{kind} · step {step}, item {number}</source>
        <translation>{kind} · stap {step}, onderdeel {number}</translation>
    </message>
    <message>
        <source>Change the question</source>
        <translation>De vraag wijzigen</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>Kopje</translation>
    </message>
    <message>
        <source>Change the heading</source>
        <translation>Het kopje wijzigen</translation>
    </message>
    <message>
        <source>Choose what is projected</source>
        <translation>Kiezen wat op de beamer komt</translation>
    </message>
    <message>
        <source>Edit this document…</source>
        <translation>Dit document bewerken…</translation>
    </message>
    <message>
        <source>Edit this card…</source>
        <translation>Deze kaart bewerken…</translation>
    </message>
    <message>
        <source>Choose the cards</source>
        <translation>De kaarten kiezen</translation>
    </message>
    <message>
        <source>One to four cards, shown side by side, as one group receives them.</source>
        <translation>Eén tot vier kaarten, naast elkaar, zoals één groep ze krijgt.</translation>
    </message>
    <message>
        <source>Choose the hand-out</source>
        <translation>De hand-out kiezen</translation>
    </message>
    <message>
        <source>Edit this hand-out…</source>
        <translation>Deze hand-out bewerken…</translation>
    </message>
    <message>
        <source>Sentence</source>
        <translation>Zin</translation>
    </message>
    <message>
        <source>Change the sentence</source>
        <translation>De zin wijzigen</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>Voorbeelden</translation>
    </message>
    <message>
        <source>Change the examples</source>
        <translation>De voorbeelden wijzigen</translation>
    </message>
    <message>
        <source>{title} ({file})</source>
        <translation>{title} ({file})</translation>
    </message>
    <message>
        <source>Choose the section</source>
        <translation>De sectie kiezen</translation>
    </message>
    <message>
        <source>Edit this section…</source>
        <translation>Deze sectie bewerken…</translation>
    </message>
    <message>
        <source>Back to the step</source>
        <translation>Terug naar de stap</translation>
    </message>
    <message>
        <source>{file}: {problem}</source>
        <translation>{file}: {problem}</translation>
    </message>
    <message>
        <source>the file is not a set of fields</source>
        <translation>het bestand is geen verzameling velden</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>Show this at the next start too (Help menu)</source>
        <translation>Dit ook bij de volgende start tonen (menu Help)</translation>
    </message>
    <message>
        <source>Getting started</source>
        <translation>Aan de slag</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Handleiding</translation>
    </message>
    <message>
        <source>Runs a workshop live, step by step: a presenter window for the trainer, a projector window for the room, a record of every run and its report.</source>
        <translation>Leidt een workshop live, stap voor stap: een presentatorvenster voor de trainer, een beamervenster voor de groep, een logboek van elke uitvoering en het rapport ervan.</translation>
    </message>
    <message>
        <source>Built with Python {python}, Qt {qt} and PySide {pyside}.</source>
        <translation>Gemaakt met Python {python}, Qt {qt} en PySide {pyside}.</translation>
    </message>
    <message>
        <source>The STEAM Coach material</source>
        <translation>Het STEAM Coach-materiaal</translation>
    </message>
    <message>
        <source>The bundled sessions, hand-outs, cards, didactic advice, how-to guide, case study “Komm, mach MINT” and call to action are the trainer guidelines (“Richtlijnen voor trainers”) of the STEAM Coach project’s diversity- and gender-aware continuing professional development programme, followed faithfully; the English sessions are a translation of the Dutch.</source>
        <translation>De meegeleverde sessies, hand-outs, kaarten, het didactisch advies, de handleiding ‘Hoe te begeleiden’, de casus ‘Komm, mach MINT’ en de oproep tot actie zijn de ‘Richtlijnen voor trainers’ van het diversiteits- en genderbewuste programma voor continue professionele ontwikkeling van het STEAM Coach-project, getrouw gevolgd; de Engelse sessies zijn een vertaling van de Nederlandse.</translation>
    </message>
    <message>
        <source>Its references</source>
        <translation>De bronnen</translation>
    </message>
    <message>
        <source>About Facilitator</source>
        <translation>Over Facilitator</translation>
    </message>
    <message>
        <source>Add to the applications menu</source>
        <translation>Toevoegen aan het programmamenu</translation>
    </message>
    <message>
        <source>Facilitator is in the applications menu already. Update the entry (it then starts this installation), or remove it?</source>
        <translation>Facilitator staat al in het programmamenu. Wil je het item bijwerken (het start dan deze installatie), of het verwijderen?</translation>
    </message>
    <message>
        <source>&amp;Update</source>
        <translation>&amp;Bijwerken</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <source>The menu entry could not be written: {reason}</source>
        <translation>Het menu-item kon niet worden opgeslagen: {reason}</translation>
    </message>
    <message>
        <source>Facilitator is in the applications menu (the entry: {file}).</source>
        <translation>Facilitator staat in het programmamenu (het item: {file}).</translation>
    </message>
    <message>
        <source>Facilitator is no longer in the applications menu.</source>
        <translation>Facilitator staat niet meer in het programmamenu.</translation>
    </message>
</context>
<context>
    <name>Journal</name>
    <message>
        <source>Could not write the session log ({reason}); the session goes on and nothing is lost yet: {count} entries are kept in memory and will be written as soon as possible.</source>
        <translation>Het logboek van de sessie kon niet worden bijgewerkt ({reason}); de sessie gaat door en er is nog niets verloren: {count} regels worden in het geheugen bewaard en zo snel mogelijk weggeschreven.</translation>
    </message>
    <message>
        <source>The session log could not be read: {reason}.</source>
        <translation>Het logboek van de sessie kon niet worden gelezen: {reason}.</translation>
    </message>
    <message>
        <source>Line {number} of the session log is damaged and was skipped.</source>
        <translation>Regel {number} van het logboek is beschadigd en is overgeslagen.</translation>
    </message>
    <message>
        <source>The last line ({number}) of the session log was cut off (probably by a crash) and was skipped.</source>
        <translation>De laatste regel ({number}) van het logboek is afgebroken (waarschijnlijk door een crash) en is overgeslagen.</translation>
    </message>
    <message>
        <source>The agenda was changed during the run, but the log lacks its plan.</source>
        <translation>De agenda is tijdens de uitvoering gewijzigd, maar de planning ervan ontbreekt in het logboek.</translation>
    </message>
    <message>
        <source>The session log does not say which agenda was running.</source>
        <translation>Het logboek vermeldt niet welke agenda liep.</translation>
    </message>
    <message>
        <source>The agenda file {where} cannot be opened now: {error}</source>
        <translation>Het agendabestand {where} kan nu niet worden geopend: {error}</translation>
    </message>
    <message>
        <source>The agenda file was changed since the run began; its new version is used.</source>
        <translation>Het agendabestand is gewijzigd sinds de uitvoering begon; de nieuwe versie wordt gebruikt.</translation>
    </message>
    <message>
        <source>That run is not under way; there is nothing to resume.</source>
        <translation>Die uitvoering loopt niet; er valt niets te hervatten.</translation>
    </message>
</context>
<context>
    <name>Keys</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Sneltoetsen</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Toetsen</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Opdracht</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>Wat het doet</translation>
    </message>
    <message>
        <source>A presentation clicker sends this key</source>
        <translation>Een presentatieclicker stuurt deze toets</translation>
    </message>
    <message>
        <source>Keys in bold are the ones a presentation clicker sends. PageDown never leaves the step: the next step is N or Ctrl+Right, and P goes back.</source>
        <translation>Vetgedrukte toetsen stuurt een presentatieclicker. PageDown verlaat de stap nooit: de volgende stap is N of Ctrl+Rechts, en P gaat terug.</translation>
    </message>
</context>
<context>
    <name>Participants</name>
    <message>
        <source>Phones</source>
        <translation>Telefoons</translation>
    </message>
    <message>
        <source>Phones may post notes in this step</source>
        <translation>Telefoons mogen in deze stap notities sturen</translation>
    </message>
    <message>
        <source>Put phones&apos; notes on the wall at once (no moderation)</source>
        <translation>Notities van telefoons meteen op het bord zetten (zonder nakijken)</translation>
    </message>
    <message>
        <source>Ask for a name with each note (participants may leave it empty)</source>
        <translation>Bij elke notitie om een naam vragen (deelnemers mogen het leeg laten)</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Vrijgeven</translation>
    </message>
    <message>
        <source>Release all</source>
        <translation>Alles vrijgeven</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Off: phones cannot connect.</source>
        <translation>Uit: telefoons kunnen niet verbinden.</translation>
    </message>
    <message>
        <source>On: {connections} connections, {refused} requests refused.</source>
        <translation>Aan: {connections} verbindingen, {refused} verzoeken geweigerd.</translation>
    </message>
    <message>
        <source>Code {code}</source>
        <translation>Code {code}</translation>
    </message>
    <message>
        <source>Your phone as a remote (keep this to yourself): {address}/t/ code {code}</source>
        <translation>Je telefoon als afstandsbediening (hou dit voor jezelf): {address}/t/ code {code}</translation>
    </message>
    <message>
        <source>Waiting for your release: {count}</source>
        <translation>Wachten op je vrijgave: {count}</translation>
    </message>
    <message>
        <source>No network to listen on: join the room&apos;s network (Wi-Fi) and switch the participants&apos; server on again.</source>
        <translation>Geen netwerk om op te luisteren: verbind met het netwerk van de zaal (wifi) en zet de server voor deelnemers opnieuw aan.</translation>
    </message>
    <message>
        <source>Cannot listen on {host}: {error}.</source>
        <translation>Kan niet luisteren op {host}: {error}.</translation>
    </message>
    <message>
        <source>Join screen (phones)</source>
        <translation>Meedoenscherm (telefoons)</translation>
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
        <translation>Elke hand-out zoals de deelnemers hem krijgen; één exemplaar per groep als er groepen zijn.</translation>
    </message>
    <message>
        <source>“{title}” has no hand-outs.</source>
        <translation>‘{title}’ heeft geen hand-outs.</translation>
    </message>
    <message>
        <source>Scenario cards</source>
        <translation>Scenariokaarten</translation>
    </message>
    <message>
        <source>The hand-outs&apos; cards, two to a sheet, to cut out.</source>
        <translation>De kaarten van de hand-outs, twee per vel, om uit te knippen.</translation>
    </message>
    <message>
        <source>“{title}” has no scenario cards.</source>
        <translation>‘{title}’ heeft geen scenariokaarten.</translation>
    </message>
    <message>
        <source>Case study</source>
        <translation>Casus</translation>
    </message>
    <message>
        <source>The case study as participants read it, with its key figures.</source>
        <translation>De casus zoals de deelnemers hem lezen, met de kerncijfers.</translation>
    </message>
    <message>
        <source>“{title}” has no case study.</source>
        <translation>‘{title}’ heeft geen casus.</translation>
    </message>
    <message>
        <source>Call to action</source>
        <translation>Oproep tot actie</translation>
    </message>
    <message>
        <source>The call-to-action template, with room to write in every phase.</source>
        <translation>Het sjabloon van de oproep tot actie, met ruimte om in elke fase te schrijven.</translation>
    </message>
    <message>
        <source>“{title}” has no call to action (a section with phases).</source>
        <translation>‘{title}’ heeft geen oproep tot actie (een sectie met fasen).</translation>
    </message>
    <message>
        <source>Didactic advice</source>
        <translation>Didactisch advies</translation>
    </message>
    <message>
        <source>The didactic advice, as a sheet for the trainer.</source>
        <translation>Het didactisch advies, als blad voor de trainer.</translation>
    </message>
    <message>
        <source>“{title}” has no didactic advice.</source>
        <translation>‘{title}’ heeft geen didactisch advies.</translation>
    </message>
    <message>
        <source>How-to guide</source>
        <translation>Handleiding ‘Hoe te begeleiden’</translation>
    </message>
    <message>
        <source>The how-to guide, as a sheet for the trainer.</source>
        <translation>De handleiding, als blad voor de trainer.</translation>
    </message>
    <message>
        <source>“{title}” has no how-to guide.</source>
        <translation>‘{title}’ heeft geen handleiding.</translation>
    </message>
    <message>
        <source>Checklists</source>
        <translation>Checklists</translation>
    </message>
    <message>
        <source>Before, during and after the training, and the materials, with boxes to tick.</source>
        <translation>Voor, tijdens en na de training, en de materialen, met vakjes om aan te vinken.</translation>
    </message>
    <message>
        <source>“{title}” has no checklists and no materials.</source>
        <translation>‘{title}’ heeft geen checklists en geen materialen.</translation>
    </message>
    <message>
        <source>Session plan</source>
        <translation>Sessieplan</translation>
    </message>
    <message>
        <source>Every step with its clock times, minutes, instructions and materials.</source>
        <translation>Elke stap met zijn kloktijden, minuten, instructies en materialen.</translation>
    </message>
    <message>
        <source>“{title}” has no steps.</source>
        <translation>‘{title}’ heeft geen stappen.</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Groepen</translation>
    </message>
    <message>
        <source>The run&apos;s groups, with their members and the cards or documents they were given.</source>
        <translation>De groepen van de uitvoering, met hun leden en de kaarten of documenten die ze kregen.</translation>
    </message>
    <message>
        <source>Run {run} has no groups: groups are made during the session.</source>
        <translation>Uitvoering {run} heeft geen groepen: groepen worden tijdens de sessie gemaakt.</translation>
    </message>
    <message>
        <source>What the room said</source>
        <translation>Wat de groep zei</translation>
    </message>
    <message>
        <source>The wall&apos;s themes, notes and commitments, to send to participants afterwards.</source>
        <translation>De thema’s, notities en voornemens van het bord, om de deelnemers achteraf te sturen.</translation>
    </message>
    <message>
        <source>The wall of run {run} has no notes to print (hidden notes and notes not released are left out).</source>
        <translation>Het bord van uitvoering {run} heeft geen notities om af te drukken (verborgen en niet vrijgegeven notities blijven weg).</translation>
    </message>
    <message>
        <source>“{label}” is made from a run, and no run was chosen.</source>
        <extracomment>Every printout&apos;s name, in the order they are offered and written.</extracomment>
        <translation>‘{label}’ wordt gemaakt uit een uitvoering, en er is geen uitvoering gekozen.</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Afdrukken</translation>
    </message>
    <message>
        <source>Select all</source>
        <translation>Alles kiezen</translation>
    </message>
    <message>
        <source>Select none</source>
        <translation>Niets kiezen</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Kiezen…</translation>
    </message>
    <message>
        <source>The session plan starts at:</source>
        <translation>Het sessieplan begint om:</translation>
    </message>
    <message>
        <source>Write the PDFs in:</source>
        <translation>De pdf’s bewaren in:</translation>
    </message>
    <message>
        <source>Write PDFs</source>
        <translation>Pdf’s maken</translation>
    </message>
    <message>
        <source>What to print of “{title}”, one PDF each:</source>
        <translation>Wat je wilt afdrukken van ‘{title}’, elk als eigen pdf:</translation>
    </message>
    <message>
        <source>Write the PDFs in</source>
        <translation>De pdf’s bewaren in</translation>
    </message>
    <message>
        <source>These printouts could not be written to {folder}:

{failures}

Choose another folder (one you can write to, on a disk with free space).</source>
        <translation>Deze afdrukken konden niet worden bewaard in {folder}:

{failures}

Kies een andere map (een map waarin je mag schrijven, op een schijf met vrije ruimte).</translation>
    </message>
    <message>
        <source>One PDF written to {folder}: {files}.</source>
        <translation>Eén pdf bewaard in {folder}: {files}.</translation>
    </message>
    <message>
        <source>{count} PDFs written to {folder}: {files}.</source>
        <translation>{count} pdf’s bewaard in {folder}: {files}.</translation>
    </message>
    <message>
        <source>Nothing was written to {folder}.</source>
        <translation>Er is niets bewaard in {folder}.</translation>
    </message>
    <message>
        <source>There is no run yet: groups and notes are made during the session.</source>
        <extracomment>Why groups and the wall cannot be printed before there is a run.</extracomment>
        <translation>Er is nog geen uitvoering: groepen en notities ontstaan tijdens de sessie.</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>“{title}” has no hand-outs to print.</source>
        <translation>‘{title}’ heeft geen hand-outs om af te drukken.</translation>
    </message>
    <message>
        <source>Print hand-outs – save as PDF</source>
        <translation>Hand-outs afdrukken – opslaan als pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Pdf-bestanden (*.pdf)</translation>
    </message>
    <message>
        <source>Print hand-outs</source>
        <translation>Hand-outs afdrukken</translation>
    </message>
    <message>
        <source>The hand-outs could not be written to
{file}

{reason}.

Choose another folder (one you can write to, on a disk with free space).</source>
        <translation>De hand-outs konden niet worden opgeslagen in
{file}

{reason}.

Kies een andere map (een map waarin je mag schrijven, op een schijf met vrije ruimte).</translation>
    </message>
    <message>
        <source>Hand-outs not written: {reason}</source>
        <translation>Hand-outs niet opgeslagen: {reason}</translation>
    </message>
    <message>
        <source>Hand-outs written to {file} ({pages} pages)</source>
        <translation>Hand-outs opgeslagen in {file} ({pages} pagina’s)</translation>
    </message>
</context>
<context>
    <name>Projector</name>
    <message>
        <source>Dark</source>
        <translation>Donker</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Licht</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Hoog contrast</translation>
    </message>
    <message>
        <source>Large digits</source>
        <translation>Grote cijfers</translation>
    </message>
    <message>
        <source>Small, in a corner</source>
        <translation>Klein, in een hoek</translation>
    </message>
    <message>
        <source>Hidden</source>
        <translation>Verborgen</translation>
    </message>
    <message>
        <source>Disc (Time Timer)</source>
        <translation>Schijf (Time Timer)</translation>
    </message>
    <message>
        <source>Black screen</source>
        <translation>Zwart scherm</translation>
    </message>
    <message>
        <source>Timer st&amp;yle</source>
        <translation>Timer&amp;weergave</translation>
    </message>
    <message>
        <source>T&amp;heme</source>
        <translation>T&amp;hema</translation>
    </message>
    <message>
        <source>Trainer name</source>
        <translation>Naam trainer</translation>
    </message>
    <message>
        <source>Your name, as the title screen shows it:</source>
        <translation>Je naam, zoals het titelscherm hem toont:</translation>
    </message>
    <message>
        <source>Projector — Facilitator</source>
        <translation>Beamer — Facilitator</translation>
    </message>
    <message>
        <source>Closing screen: thanks and the session&apos;s title (the session has finished)</source>
        <translation>Slotscherm: dank en de titel van de sessie (de sessie is afgelopen)</translation>
    </message>
    <message>
        <source>{screen}, page {page} of {pages}</source>
        <translation>{screen}, pagina {page} van {pages}</translation>
    </message>
    <message>
        <source>Item {item} of {items}, page {page} of {pages}: {label}</source>
        <translation>Onderdeel {item} van {items}, pagina {page} van {pages}: {label}</translation>
    </message>
    <message>
        <source>Item {item} of {items}: {label}</source>
        <translation>Onderdeel {item} van {items}: {label}</translation>
    </message>
    <message>
        <source>Frozen on “{label}” (F to go live); console at</source>
        <translation>Bevroren op ‘{label}’ (F om weer live te gaan); presentatorvenster bij</translation>
    </message>
    <message>
        <source>Title screen (T to go back)</source>
        <translation>Titelscherm (T om terug te gaan)</translation>
    </message>
    <message>
        <source>behind it: {item}</source>
        <translation>erachter: {item}</translation>
    </message>
    <message>
        <source>On the projector at once: {label}, page {page} of {count} (Home takes it off)</source>
        <translation>Meteen op de beamer: {label}, pagina {page} van {count} (Home haalt het weg)</translation>
    </message>
    <message>
        <source>On the projector at once: {label} (Home takes it off)</source>
        <translation>Meteen op de beamer: {label} (Home haalt het weg)</translation>
    </message>
    <message>
        <source>The groups (G takes them off)</source>
        <translation>De groepen (G haalt ze weg)</translation>
    </message>
    <message>
        <source>What each group was given (K takes it off)</source>
        <translation>Wat elke groep kreeg (K haalt het weg)</translation>
    </message>
    <message>
        <source>The group&apos;s turn (Shift+Y takes it off)</source>
        <translation>De beurt van de groep (Shift+Y haalt hem weg)</translation>
    </message>
    <message>
        <source>How phones join (J takes it off)</source>
        <translation>Hoe telefoons meedoen (J haalt het weg)</translation>
    </message>
    <message>
        <source>The wall, newest first (W takes it off)</source>
        <translation>Het bord, nieuwste eerst (W haalt het weg)</translation>
    </message>
    <message>
        <source>The wall by theme (Shift+W takes it off)</source>
        <translation>Het bord per thema (Shift+W haalt het weg)</translation>
    </message>
    <message>
        <source>Next (PageDown): page {page} of {pages}</source>
        <translation>Hierna (PageDown): pagina {page} van {pages}</translation>
    </message>
    <message>
        <source>Next (PageDown): back to the item, {label}</source>
        <translation>Volgende (PageDown): terug naar het onderdeel, {label}</translation>
    </message>
    <message>
        <source>Nothing comes after the closing screen: P reopens the last step</source>
        <translation>Na het slotscherm komt niets meer: P opent de laatste stap weer</translation>
    </message>
    <message>
        <source>Last item of this step</source>
        <translation>Laatste onderdeel van deze stap</translation>
    </message>
    <message>
        <source>Next item (PageDown): {label}</source>
        <translation>Volgend onderdeel (PageDown): {label}</translation>
    </message>
    <message>
        <source>Closing screen</source>
        <translation>Slotscherm</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Folder</source>
        <comment>All other platforms</comment>
        <translation>Map</translation>
    </message>
    <message>
        <source>File Folder</source>
        <comment>Match Windows Explorer</comment>
        <translation>Bestandsmap</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>Station</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Zoeken in:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Bestanden van &amp;type:</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <source>Resume the session?</source>
        <translation>De sessie hervatten?</translation>
    </message>
    <message>
        <source>Resume: the session goes on at the same step, and the time the app was down counts as elapsed (the room kept going).
Resume paused: the step&apos;s countdown stands where it was when the app stopped; press Space to go on.
What was recorded is kept either way.</source>
        <translation>Hervatten: de sessie gaat verder bij dezelfde stap, en de tijd dat de app uit was telt als verstreken (de groep ging immers door).
Gepauzeerd hervatten: de aftelling van de stap staat waar hij stond toen de app stopte; druk op de spatiebalk om verder te gaan.
Wat is vastgelegd, blijft in beide gevallen bewaard.</translation>
    </message>
    <message>
        <source>Note: {warning}</source>
        <translation>Let op: {warning}</translation>
    </message>
    <message>
        <source>&amp;Resume – the time the app was down counts</source>
        <translation>&amp;Hervatten – de tijd dat de app uit was telt mee</translation>
    </message>
    <message>
        <source>Resume &amp;paused – where it stopped</source>
        <translation>&amp;Gepauzeerd hervatten – waar hij stopte</translation>
    </message>
    <message>
        <source>&amp;Try again – wait for the agenda file</source>
        <translation>&amp;Opnieuw proberen – wachten op het agendabestand</translation>
    </message>
    <message>
        <source>&amp;Don&apos;t resume – start afresh</source>
        <translation>&amp;Niet hervatten – opnieuw beginnen</translation>
    </message>
    <message>
        <source>The session&apos;s agenda is not there</source>
        <translation>De agenda van de sessie is er niet</translation>
    </message>
    <message>
        <source>&amp;Try again – the file is there now</source>
        <translation>&amp;Opnieuw proberen – het bestand is er nu</translation>
    </message>
    <message>
        <source>&amp;Start afresh – end that session</source>
        <translation>Opnieuw &amp;beginnen – die sessie beëindigen</translation>
    </message>
    <message>
        <source>The session cannot be resumed</source>
        <translation>De sessie kan niet worden hervat</translation>
    </message>
    <message>
        <source>{problem}. The session log holds its plan (the steps, their minutes and the time so far), so the session can go on from it; what the steps show on the projector (questions, hand-outs, cards) is missing until the file is back, and it is taken as soon as it is. Or wait for the file (a USB stick not yet plugged in, a file still being saved) and try again.</source>
        <translation>{problem}. Het logboek bevat het plan (de stappen, hun minuten en de tijd tot nu toe), dus de sessie kan daarmee verder; wat de stappen op de beamer tonen (vragen, hand-outs, kaarten) ontbreekt tot het bestand er weer is, en het wordt overgenomen zodra het er is. Of wacht op het bestand (een USB-stick die nog niet is ingeplugd, een bestand dat nog wordt opgeslagen) en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>{problem}. The session goes on from the plan in its log; what the steps show on the projector is missing until the file is back, and it is taken as soon as it is.</source>
        <translation>{problem}. De sessie gaat verder met het plan uit het logboek; wat de stappen op de beamer tonen, ontbreekt tot het bestand er weer is, en het wordt overgenomen zodra het er is.</translation>
    </message>
    <message>
        <source>{problem}. Wait for the file (a USB stick not yet plugged in, a file still being saved) and try again, or start afresh, which ends that session for good.</source>
        <translation>{problem}. Wacht op het bestand (een USB-stick die nog niet is ingeplugd, een bestand dat nog wordt opgeslagen) en probeer het opnieuw, of begin opnieuw; dan is die sessie voorgoed afgesloten.</translation>
    </message>
    <message>
        <source>“{title}” ({mode}) stopped unexpectedly at an unknown time, during step {number} of {count}, “{step}”, with {left} left (paused).</source>
        <translation>‘{title}’ ({mode}) is op een onbekend tijdstip onverwacht gestopt, tijdens stap {number} van {count}, ‘{step}’, met nog {left} te gaan (gepauzeerd).</translation>
    </message>
    <message>
        <source>“{title}” ({mode}) stopped unexpectedly at an unknown time, during step {number} of {count}, “{step}”, with {left} left (running).</source>
        <translation>‘{title}’ ({mode}) is op een onbekend tijdstip onverwacht gestopt, tijdens stap {number} van {count}, ‘{step}’, met nog {left} te gaan (liep door).</translation>
    </message>
    <message>
        <source>“{title}” ({mode}) stopped unexpectedly at {time} ({ago}), during step {number} of {count}, “{step}”, with {left} left (paused).</source>
        <translation>‘{title}’ ({mode}) is om {time} ({ago}) onverwacht gestopt, tijdens stap {number} van {count}, ‘{step}’, met nog {left} te gaan (gepauzeerd).</translation>
    </message>
    <message>
        <source>“{title}” ({mode}) stopped unexpectedly at {time} ({ago}), during step {number} of {count}, “{step}”, with {left} left (running).</source>
        <translation>‘{title}’ ({mode}) is om {time} ({ago}) onverwacht gestopt, tijdens stap {number} van {count}, ‘{step}’, met nog {left} te gaan (liep door).</translation>
    </message>
    <message>
        <source>“{title}” ({mode}) was closed at an unknown time in the middle of the session, during step {number} of {count}, “{step}”, with {left} left (paused).</source>
        <translation>‘{title}’ ({mode}) werd op een onbekend tijdstip midden in de sessie gesloten, tijdens stap {number} van {count}, ‘{step}’, met nog {left} te gaan (gepauzeerd).</translation>
    </message>
    <message>
        <source>“{title}” ({mode}) was closed at an unknown time in the middle of the session, during step {number} of {count}, “{step}”, with {left} left (running).</source>
        <translation>‘{title}’ ({mode}) werd op een onbekend tijdstip midden in de sessie gesloten, tijdens stap {number} van {count}, ‘{step}’, met nog {left} te gaan (lopend).</translation>
    </message>
    <message>
        <source>“{title}” ({mode}) was closed at {time} ({ago}) in the middle of the session, during step {number} of {count}, “{step}”, with {left} left (paused).</source>
        <translation>‘{title}’ ({mode}) werd om {time} ({ago}) midden in de sessie gesloten, tijdens stap {number} van {count}, ‘{step}’, met nog {left} te gaan (gepauzeerd).</translation>
    </message>
    <message>
        <source>“{title}” ({mode}) was closed at {time} ({ago}) in the middle of the session, during step {number} of {count}, “{step}”, with {left} left (running).</source>
        <translation>‘{title}’ ({mode}) werd om {time} ({ago}) midden in de sessie gesloten, tijdens stap {number} van {count}, ‘{step}’, met nog {left} te gaan (lopend).</translation>
    </message>
</context>
<context>
    <name>Reference</name>
    <message>
        <source>Search the reference (Ctrl+F)…</source>
        <translation>Doorzoek de naslag (Ctrl+F)…</translation>
    </message>
    <message>
        <source>With my own instructions</source>
        <translation>Met mijn eigen instructies</translation>
    </message>
    <message>
        <source>Also show the room the parts of this text that the agenda marks as the trainer&apos;s own (such as how to use a template)</source>
        <translation>Toon de zaal ook de delen van deze tekst die de agenda als eigen delen van de trainer aanduidt (zoals hoe je een sjabloon gebruikt)</translation>
    </message>
    <message>
        <source>Introduction</source>
        <translation>Inleiding</translation>
    </message>
    <message>
        <source>About this material</source>
        <translation>Over dit materiaal</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Naslag</translation>
    </message>
    <message>
        <source>Checklists</source>
        <translation>Checklists</translation>
    </message>
    <message>
        <source>References</source>
        <translation>Literatuur</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Bronnen</translation>
    </message>
</context>
<context>
    <name>Rehearsal</name>
    <message>
        <source>REHEARSAL</source>
        <translation>OEFENRONDE</translation>
    </message>
    <message>
        <source>This run is recorded as a rehearsal, not as a live session</source>
        <translation>Deze uitvoering wordt vastgelegd als oefenronde, niet als echte sessie</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>Total</source>
        <translation>Totaal</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Stap</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Gepland</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Werkelijk</translation>
    </message>
    <message>
        <source>This run</source>
        <translation>Deze keer</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Verschil</translation>
    </message>
    <message>
        <source>Overtime</source>
        <translation>Uitloop</translation>
    </message>
    <message>
        <source>Adjusted</source>
        <translation>Aangepast</translation>
    </message>
    <message>
        <source>Pauses</source>
        <translation>Pauzes</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>Vorige</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Gemiddeld</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Keer</translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation>Voorstel</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Grootte</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groep</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>Gekregen</translation>
    </message>
    <message>
        <source>1 turn</source>
        <translation>1 beurt</translation>
    </message>
    <message>
        <source>{count} turns</source>
        <translation>{count} beurten</translation>
    </message>
    <message>
        <source>Overrun</source>
        <translation>Uitloop</translation>
    </message>
    <message>
        <source>1 note</source>
        <translation>1 notitie</translation>
    </message>
    <message>
        <source>{count} notes</source>
        <translation>{count} notities</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <source>Run: {run}</source>
        <translation>Uitvoering: {run}</translation>
    </message>
    <message>
        <source>Agenda: {agenda}</source>
        <translation>Agenda: {agenda}</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Stappen</translation>
    </message>
    <message>
        <source>Compared with earlier runs</source>
        <translation>Vergeleken met eerdere uitvoeringen</translation>
    </message>
    <message>
        <source>Interruptions</source>
        <translation>Onderbrekingen</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Waarschuwingen</translation>
    </message>
    <message>
        <source>Live session</source>
        <translation>Live sessie</translation>
    </message>
    <message>
        <source>Rehearsal</source>
        <translation>Oefenronde</translation>
    </message>
    <message>
        <source>Dry run</source>
        <translation>Proefrun</translation>
    </message>
    <message>
        <source>The app stopped around {at}; down {down}, counted as elapsed.</source>
        <translation>De app stopte rond {at}; {down} uit, geteld als verstreken.</translation>
    </message>
    <message>
        <source>The app stopped around {at}; down {down}, resumed paused.</source>
        <translation>De app stopte rond {at}; {down} uit, gepauzeerd hervat.</translation>
    </message>
    <message>
        <source>under way</source>
        <translation>bezig</translation>
    </message>
    <message>
        <source>done</source>
        <translation>gedaan</translation>
    </message>
    <message>
        <source>on the wall</source>
        <translation>op het bord</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>verborgen</translation>
    </message>
    <message>
        <source>not released</source>
        <translation>niet vrijgegeven</translation>
    </message>
    <message>
        <source>stopped here</source>
        <translation>hier gestopt</translation>
    </message>
    <message>
        <source>left unfinished</source>
        <translation>niet afgemaakt</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>overgeslagen</translation>
    </message>
    <message>
        <source>not reached</source>
        <translation>niet bereikt</translation>
    </message>
    <message>
        <source>taken out of the agenda</source>
        <translation>uit de agenda gehaald</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>afgerond</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>niet begonnen</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>onderbroken</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>gesloten</translation>
    </message>
    <message>
        <source>Actual: the step&apos;s running time, pauses excluded. Suggested: the median of the actual times of this agenda&apos;s live runs and rehearsals, in whole minutes. A step&apos;s time below a third of its plan, a run whose steps took less than a third of their plan in all (clicked through), and a run you left out are not used.</source>
        <translation>Werkelijk: de looptijd van de stap, zonder pauzes. Voorgesteld: de mediaan van de werkelijke tijden van de live sessies en oefenrondes van deze agenda, in hele minuten. De tijd van een stap onder een derde van de planning, een uitvoering waarvan de stappen samen minder dan een derde van de planning duurden (doorgeklikt) en een uitvoering die je wegliet, tellen niet mee.</translation>
    </message>
    <message>
        <source>Not used: {run}, whose steps took {actual} of the {planned} planned: a run clicked through says nothing of how long the steps take.</source>
        <translation>Niet gebruikt: {run}, waarvan de stappen {actual} van de {planned} geplande duurden: een doorgeklikte uitvoering zegt niets over hoe lang de stappen duren.</translation>
    </message>
    <message>
        <source>Not used: {run}, which you left out.</source>
        <translation>Niet gebruikt: {run}, die je wegliet.</translation>
    </message>
    <message>
        <source>This run is not used for the suggestions: its steps took {actual} of the {planned} planned.</source>
        <translation>Deze uitvoering telt niet mee voor de voorstellen: de stappen duurden {actual} van de {planned} geplande.</translation>
    </message>
    <message>
        <source>This run is not used for the suggestions: you left it out.</source>
        <translation>Deze uitvoering telt niet mee voor de voorstellen: je liet ze weg.</translation>
    </message>
    <message>
        <source>Step times below a third of their plan are not used: {count} here.</source>
        <translation>Tijden van stappen onder een derde van hun planning tellen niet mee: hier {count}.</translation>
    </message>
    <message>
        <source>the live session of {when}</source>
        <translation>de live sessie van {when}</translation>
    </message>
    <message>
        <source>the rehearsal of {when}</source>
        <translation>de oefenronde van {when}</translation>
    </message>
    <message>
        <source>the dry run of {when}</source>
        <translation>de proefrun van {when}</translation>
    </message>
    <message>
        <source>{mode} at {speed}× speed</source>
        <translation>{mode} op {speed}× snelheid</translation>
    </message>
    <message>
        <source>Started {started}, ended {ended} (session time {elapsed}, pauses included)</source>
        <translation>Begonnen {started}, geëindigd {ended} (sessieduur {elapsed}, pauzes inbegrepen)</translation>
    </message>
    <message>
        <source>{count}× restarted</source>
        <translation>{count}× opnieuw begonnen</translation>
    </message>
    <message>
        <source>Earlier live runs and rehearsals of this agenda: {runs}.</source>
        <translation>Eerdere live sessies en oefenrondes van deze agenda: {runs}.</translation>
    </message>
    <message>
        <source>No earlier live runs or rehearsals of this agenda are recorded.</source>
        <translation>Er zijn geen eerdere live sessies of oefenrondes van deze agenda vastgelegd.</translation>
    </message>
    <message>
        <source>This run is a dry run: it never counts in comparisons or suggestions.</source>
        <translation>Dit is een proefrun: die telt nooit mee in vergelijkingen of voorstellen.</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Groepen</translation>
    </message>
    <message>
        <source>Group turns</source>
        <translation>Beurten van de groepen</translation>
    </message>
    <message>
        <source>Actual: the turn&apos;s running time, pauses excluded. Overrun: how long it ran past its planned time.</source>
        <translation>Werkelijk: de looptijd van de beurt, zonder pauzes. Uitloop: hoe lang ze langer liep dan gepland.</translation>
    </message>
    <message>
        <source>1 group</source>
        <translation>1 groep</translation>
    </message>
    <message>
        <source>{count} groups</source>
        <translation>{count} groepen</translation>
    </message>
    <message>
        <source>pairs</source>
        <translation>tweetallen</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <source>1 person gave feedback: {mean} of {scale} ({spread})</source>
        <translation>1 persoon gaf feedback: {mean} van {scale} ({spread})</translation>
    </message>
    <message>
        <source>{count} people gave feedback: {mean} of {scale} on average ({spread})</source>
        <translation>{count} personen gaven feedback: gemiddeld {mean} van {scale} ({spread})</translation>
    </message>
    <message>
        <source>The wall</source>
        <translation>Het bord</translation>
    </message>
    <message>
        <source>Each theme&apos;s notes in the order they were written, then the notes in no theme. Hidden: kept off the projector. Not released: sent from a phone and never let onto the wall.</source>
        <translation>De notities per thema in de volgorde waarin ze zijn geschreven, daarna de notities zonder thema. Verborgen: niet op de beamer getoond. Niet vrijgegeven: vanaf een telefoon gestuurd en nooit op het bord gezet.</translation>
    </message>
    <message>
        <source>In no theme</source>
        <translation>Zonder thema</translation>
    </message>
    <message>
        <source>, reshuffled once</source>
        <translation>, één keer opnieuw ingedeeld</translation>
    </message>
    <message>
        <source>, reshuffled {times} times</source>
        <translation>, {times} keer opnieuw ingedeeld</translation>
    </message>
    <message>
        <source>; dealt from {handouts}</source>
        <translation>; uitgedeeld uit {handouts}</translation>
    </message>
    <message>
        <source>{title}: {groups}, as many as asked{reshuffled}{dealt}.</source>
        <translation>{title}: {groups}, zoveel als gevraagd{reshuffled}{dealt}.</translation>
    </message>
    <message>
        <source>two (pairs)</source>
        <translation>twee (tweetallen)</translation>
    </message>
    <message>
        <source>{title}: {groups} of {size}{reshuffled}{dealt}.</source>
        <translation>{title}: {groups} van {size}{reshuffled}{dealt}.</translation>
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
        <translation>Rapporten — Facilitator</translation>
    </message>
    <message>
        <source>Leave this run out of comparisons and suggested durations</source>
        <translation>Deze uitvoering weglaten uit vergelijkingen en voorgestelde duren</translation>
    </message>
    <message>
        <source>For a run that was no real rehearsal (stopped early, clicked through, another group): its times are no longer used to suggest durations</source>
        <translation>Voor een uitvoering die geen echte oefenronde was (vroeg gestopt, doorgeklikt, een andere groep): de tijden ervan worden niet meer gebruikt om duren voor te stellen</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Grafiek</translation>
    </message>
    <message>
        <source>The room</source>
        <translation>De zaal</translation>
    </message>
    <message>
        <source>Export:</source>
        <translation>Exporteren:</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>Run:</source>
        <translation>Uitvoering:</translation>
    </message>
    <message>
        <source>No runs are recorded yet</source>
        <translation>Er zijn nog geen uitvoeringen vastgelegd</translation>
    </message>
    <message>
        <source>Runs are kept in {folder}.</source>
        <translation>Uitvoeringen worden bewaard in {folder}.</translation>
    </message>
    <message>
        <source>This run has no report</source>
        <translation>Deze uitvoering heeft geen rapport</translation>
    </message>
    <message>
        <source>Planned {planned}, actual {actual} ({difference}); session time {elapsed} with pauses, from {started} to {ended}.</source>
        <translation>Gepland {planned}, werkelijk {actual} ({difference}); sessieduur {elapsed} met pauzes, van {started} tot {ended}.</translation>
    </message>
    <message>
        <source>Note: {warning}</source>
        <translation>Let op: {warning}</translation>
    </message>
    <message>
        <source>The choice was not saved</source>
        <translation>De keuze is niet bewaard</translation>
    </message>
    <message>
        <source>Could not write in {folder}: {reason}.</source>
        <translation>Kon niet schrijven in {folder}: {reason}.</translation>
    </message>
    <message>
        <source>Export the report</source>
        <translation>Het rapport exporteren</translation>
    </message>
    <message>
        <source>The report was not saved</source>
        <translation>Het rapport is niet opgeslagen</translation>
    </message>
    <message>
        <source>Could not write {file}: {reason}. Choose another folder.</source>
        <translation>Kon {file} niet opslaan: {reason}. Kies een andere map.</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>gepland</translation>
    </message>
    <message>
        <source>actual</source>
        <translation>werkelijk</translation>
    </message>
    <message>
        <source>beyond the plan</source>
        <translation>boven de planning</translation>
    </message>
    <message>
        <source>suggested</source>
        <translation>voorstel</translation>
    </message>
    <message>
        <source>{title} – report</source>
        <translation>{title} – rapport</translation>
    </message>
    <message>
        <source>Run {run} · agenda {agenda}</source>
        <translation>Uitvoering {run} · agenda {agenda}</translation>
    </message>
    <message>
        <source>Planned against actual</source>
        <translation>Gepland tegenover werkelijk</translation>
    </message>
</context>
<context>
    <name>Room</name>
    <message>
        <source>There is nobody in the room yet: type how many people there are, or paste their names.</source>
        <extracomment>The English sentence of every notice and error, by key (marked for translation).</extracomment>
        <translation>Er is nog niemand in de zaal: typ hoeveel mensen er zijn, of plak hun namen.</translation>
    </message>
    <message>
        <source>A room holds at most {limit} people; this list has {count}. Nothing was changed.</source>
        <translation>Er kunnen hoogstens {limit} mensen in de zaal; deze lijst telt er {count}. Er is niets veranderd.</translation>
    </message>
    <message>
        <source>No names were found in the text: write one name per line, or separate them with commas.</source>
        <translation>Er staan geen namen in de tekst: schrijf één naam per regel, of scheid ze met komma’s.</translation>
    </message>
    <message>
        <source>Some names were given twice; they are told apart by a number: {names}.</source>
        <translation>Sommige namen komen twee keer voor; ze krijgen een nummer om ze uit elkaar te houden: {names}.</translation>
    </message>
    <message>
        <source>The people were replaced, so the groups were cleared: make new groups.</source>
        <translation>De deelnemers zijn vervangen, dus de groepen zijn gewist: maak nieuwe groepen.</translation>
    </message>
    <message>
        <source>That person is not in the room (any more).</source>
        <translation>Die persoon is niet (meer) in de zaal.</translation>
    </message>
    <message>
        <source>A name needs at least one letter or digit.</source>
        <translation>Een naam heeft minstens één letter of cijfer nodig.</translation>
    </message>
    <message>
        <source>There are no groups yet: make groups first.</source>
        <translation>Er zijn nog geen groepen: maak eerst groepen.</translation>
    </message>
    <message>
        <source>Phones cannot join yet: start the participants&apos; server first (Ctrl+Shift+J).</source>
        <translation>Telefoons kunnen nog niet meedoen: start eerst de server voor deelnemers (Ctrl+Shift+J).</translation>
    </message>
    <message>
        <source>The number of groups must be from 1 to the number of people ({people}).</source>
        <translation>Het aantal groepen moet tussen 1 en het aantal deelnemers ({people}) liggen.</translation>
    </message>
    <message>
        <source>{people} people do not make groups of {size} exactly: the groups have {sizes} people.</source>
        <translation>{people} personen passen niet precies in groepen van {size}: de groepen hebben {sizes} personen.</translation>
    </message>
    <message>
        <source>{people} people do not make pairs exactly: one group is a trio.</source>
        <translation>{people} personen passen niet precies in tweetallen: één groep is een drietal.</translation>
    </message>
    <message>
        <source>{people} people are too few for groups of {size}: they are one group.</source>
        <translation>{people} personen zijn te weinig voor groepen van {size}: ze vormen één groep.</translation>
    </message>
    <message>
        <source>Only one grouping is possible with these people, so nobody moved.</source>
        <translation>Met deze deelnemers is maar één indeling mogelijk, dus niemand is verplaatst.</translation>
    </message>
    <message>
        <source>{person} moved to group {group}.</source>
        <translation>{person} is naar groep {group} gegaan.</translation>
    </message>
    <message>
        <source>{person} joined group {group}.</source>
        <translation>{person} is bij groep {group} gekomen.</translation>
    </message>
    <message>
        <source>Group {group} has no one left and is gone; the other groups keep their numbers.</source>
        <translation>Groep {group} heeft niemand meer en is opgeheven; de andere groepen houden hun nummer.</translation>
    </message>
    <message>
        <source>Group {group} now has {count} people, more than {most}: reshuffle to make another group.</source>
        <translation>Groep {group} heeft nu {count} personen, meer dan {most}: deel opnieuw in om een extra groep te maken.</translation>
    </message>
    <message>
        <source>Group {group} now has {count} people, fewer than {least}: reshuffle, or move someone into it.</source>
        <translation>Groep {group} heeft nu {count} personen, minder dan {least}: deel opnieuw in, of verplaats iemand naar die groep.</translation>
    </message>
    <message>
        <source>There is no group {group}.</source>
        <translation>Er is geen groep {group}.</translation>
    </message>
    <message>
        <source>Group {group} has nothing from {handout} yet: deal again.</source>
        <translation>Groep {group} heeft nog niets uit {handout}: deel opnieuw uit.</translation>
    </message>
    <message>
        <source>This step does not say how big its groups are: choose a size or a number of groups.</source>
        <translation>Deze stap zegt niet hoe groot de groepen zijn: kies een grootte of een aantal groepen.</translation>
    </message>
    <message>
        <source>{handout} has no {material} to deal.</source>
        <translation>{handout} heeft geen {material} om uit te delen.</translation>
    </message>
    <message>
        <source>With {per_group} per group, {left} of the {count} {material} go to no group.</source>
        <translation>Met {per_group} per groep gaan {left} van de {count} {material} naar geen enkele groep.</translation>
    </message>
    <message>
        <source>Nothing has been dealt to these groups yet: deal the cards or documents first.</source>
        <translation>Aan deze groepen is nog niets uitgedeeld: deel eerst de kaarten of documenten uit.</translation>
    </message>
    <message>
        <source>This step does not say what to deal: choose a hand-out and how many per group.</source>
        <translation>Deze stap zegt niet wat er uitgedeeld wordt: kies een hand-out en hoeveel per groep.</translation>
    </message>
    <message>
        <source>There are no turns in this step yet: start the groups&apos; turns first.</source>
        <translation>Er zijn nog geen beurten in deze stap: begin eerst de beurten van de groepen.</translation>
    </message>
    <message>
        <source>{turns} turns of {each} take {total}, but {left} remain in this step.</source>
        <translation>{turns} beurten van {each} duren {total}, maar deze stap heeft nog {left}.</translation>
    </message>
    <message>
        <source>The step has no time left, so each turn is set to {each}; set another time if you like.</source>
        <translation>De stap heeft geen tijd meer, dus elke beurt duurt {each}; stel gerust een andere tijd in.</translation>
    </message>
    <message>
        <source>No turn is under way.</source>
        <translation>Er loopt geen beurt.</translation>
    </message>
    <message>
        <source>Every turn has been done or skipped; add a turn to give a group another one.</source>
        <translation>Elke beurt is gedaan of overgeslagen; voeg een beurt toe om een groep nog een beurt te geven.</translation>
    </message>
    <message>
        <source>That turn has already started or was skipped.</source>
        <translation>Die beurt is al begonnen of is overgeslagen.</translation>
    </message>
    <message>
        <source>There is no such turn.</source>
        <translation>Die beurt bestaat niet.</translation>
    </message>
    <message>
        <source>A turn lasts from {least} to {most}.</source>
        <translation>Een beurt duurt van {least} tot {most}.</translation>
    </message>
    <message>
        <source>The session is not running: start or resume it (Space) first; a group&apos;s turn runs with the step&apos;s time.</source>
        <translation>De sessie loopt niet: start of hervat haar eerst (spatiebalk); de beurt van een groep loopt mee met de tijd van de stap.</translation>
    </message>
    <message>
        <source>A note needs some text.</source>
        <translation>Een notitie heeft tekst nodig.</translation>
    </message>
    <message>
        <source>A note has at most {limit} characters; this one has {count}. Shorten it, or split it into two notes.</source>
        <translation>Een notitie heeft hoogstens {limit} tekens; deze heeft er {count}. Maak haar korter, of verdeel haar over twee notities.</translation>
    </message>
    <message>
        <source>A theme needs a name.</source>
        <translation>Een thema heeft een naam nodig.</translation>
    </message>
    <message>
        <source>A theme&apos;s name has at most {limit} characters.</source>
        <translation>De naam van een thema heeft hoogstens {limit} tekens.</translation>
    </message>
    <message>
        <source>That note is not on the wall (any more).</source>
        <translation>Die notitie staat niet (meer) op het bord.</translation>
    </message>
    <message>
        <source>That theme does not exist (any more).</source>
        <translation>Dat thema bestaat niet (meer).</translation>
    </message>
    <message>
        <source>A note cannot be put onto itself.</source>
        <translation>Een notitie kan niet op zichzelf worden gelegd.</translation>
    </message>
    <message>
        <source>The wall has no notes the room may see yet: write one in the Wall tab (Ctrl+Shift+N), or release or show the notes there.</source>
        <translation>Het bord heeft nog geen notities die de zaal mag zien: schrijf er een in het tabblad Bord (Ctrl+Shift+N), of geef de notities daar vrij of toon ze.</translation>
    </message>
    <message>
        <source>Note {number} of the list: {why} Nothing was added.</source>
        <translation>Notitie {number} van de lijst: {why} Er is niets toegevoegd.</translation>
    </message>
    <message>
        <source>The wall holds at most {limit} notes; remove some to add more.</source>
        <translation>Op het bord passen hoogstens {limit} notities; haal er een paar weg om meer toe te voegen.</translation>
    </message>
    <message>
        <source>A note&apos;s id from a phone has at most {limit} letters, digits, hyphens or underscores.</source>
        <translation>De id van een notitie van een telefoon heeft hoogstens {limit} letters, cijfers, streepjes of lage streepjes.</translation>
    </message>
    <message>
        <source>A score is a whole number from 1 to {scale}.</source>
        <translation>Een score is een heel getal van 1 tot {scale}.</translation>
    </message>
    <message>
        <source>A scale runs from 1 to 2 up to 1 to {most}.</source>
        <translation>Een schaal loopt van 1 tot 2 tot en met 1 tot {most}.</translation>
    </message>
    <message>
        <source>1 minute</source>
        <translation>1 minuut</translation>
    </message>
    <message>
        <source>{count} minutes</source>
        <translation>{count} minuten</translation>
    </message>
    <message>
        <source>1 second</source>
        <translation>1 seconde</translation>
    </message>
    <message>
        <source>{count} seconds</source>
        <translation>{count} seconden</translation>
    </message>
    <message>
        <source>{items} and {last}</source>
        <translation>{items} en {last}</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>wacht</translation>
    </message>
    <message>
        <source>under way</source>
        <translation>loopt</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>gepauzeerd</translation>
    </message>
    <message>
        <source>done</source>
        <translation>gedaan</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>overgeslagen</translation>
    </message>
    <message>
        <source>Nobody is in the room yet: Make groups… (Ctrl+G) asks how many people, or their names.</source>
        <translation>Er is nog niemand in de zaal: Groepen maken… (Ctrl+G) vraagt hoeveel mensen er zijn, of hun namen.</translation>
    </message>
    <message>
        <source>{people} in the room, not in groups yet: Make groups… (Ctrl+G).</source>
        <translation>{people} in de zaal, nog niet in groepen: Groepen maken… (Ctrl+G).</translation>
    </message>
    <message>
        <source>{people} in {groups}.</source>
        <translation>{people} in {groups}.</translation>
    </message>
    <message>
        <source>{people} in {groups} of {size}.</source>
        <translation>{people} in {groups} van {size}.</translation>
    </message>
    <message>
        <source>{people} in {groups} (pairs).</source>
        <translation>{people} in {groups} (tweetallen).</translation>
    </message>
    <message>
        <source>{people} in {groups} (as many groups as asked).</source>
        <translation>{people} in {groups} (zoveel groepen als gevraagd).</translation>
    </message>
    <message>
        <source>Turn {number} of {count}: {group}, {clock} {how}. Next: {next}.</source>
        <translation>Beurt {number} van {count}: {group}, {clock} {how}. Daarna: {next}.</translation>
    </message>
    <message>
        <source>Turn {number} of {count}: {group}, {clock} {how}. This is the last turn.</source>
        <translation>Beurt {number} van {count}: {group}, {clock} {how}. Dit is de laatste beurt.</translation>
    </message>
    <message>
        <source>Next up: {group} ({each}). Y starts the turn.</source>
        <translation>Straks aan de beurt: {group} ({each}). Y begint de beurt.</translation>
    </message>
    <message>
        <source>Every group has had its turn.</source>
        <translation>Alle groepen zijn aan de beurt geweest.</translation>
    </message>
    <message>
        <source>No group turns in this step: Group turns… (Ctrl+Y) gives each group a turn.</source>
        <translation>Geen beurten per groep in deze stap: Beurten per groep… (Ctrl+Y) geeft elke groep een beurt.</translation>
    </message>
    <message>
        <source>over</source>
        <translation>over tijd</translation>
    </message>
    <message>
        <source>left</source>
        <translation>over</translation>
    </message>
    <message>
        <source>This step asks for groups of {size}: Make groups… (Ctrl+G).</source>
        <translation>Deze stap vraagt om groepen van {size}: Groepen maken… (Ctrl+G).</translation>
    </message>
    <message>
        <source>This step asks for pairs: Make groups… (Ctrl+G).</source>
        <translation>Deze stap vraagt om tweetallen: Groepen maken… (Ctrl+G).</translation>
    </message>
    <message>
        <source>This step goes on with the groups made before.</source>
        <translation>Deze stap gaat verder met de groepen van eerder.</translation>
    </message>
    <message>
        <source>Every group has a turn: Group turns… (Ctrl+Y), then Y for each group.</source>
        <translation>Elke groep krijgt een beurt: Beurten per groep… (Ctrl+Y), dan Y voor elke groep.</translation>
    </message>
    <message>
        <source>Every group has a turn of about {minutes} min: Group turns… (Ctrl+Y), then Y for each group.</source>
        <translation>Elke groep krijgt een beurt van ongeveer {minutes} min: Beurten per groep… (Ctrl+Y), dan Y voor elke groep.</translation>
    </message>
    <message>
        <source>Deal every card to every group from {handout}: Deal… (Ctrl+K).</source>
        <translation>Deel elke kaart uit aan elke groep uit {handout}: Uitdelen… (Ctrl+K).</translation>
    </message>
    <message>
        <source>Deal 1 card per group from {handout}: Deal… (Ctrl+K).</source>
        <translation>Deel 1 kaart per groep uit {handout} uit: Uitdelen… (Ctrl+K).</translation>
    </message>
    <message>
        <source>Deal {count} cards per group from {handout}: Deal… (Ctrl+K).</source>
        <translation>Deel {count} kaarten per groep uit {handout} uit: Uitdelen… (Ctrl+K).</translation>
    </message>
    <message>
        <source>Deal every document to every group from {handout}: Deal… (Ctrl+K).</source>
        <translation>Deel elk document uit aan elke groep uit {handout}: Uitdelen… (Ctrl+K).</translation>
    </message>
    <message>
        <source>Deal 1 document per group from {handout}: Deal… (Ctrl+K).</source>
        <translation>Deel 1 document per groep uit {handout} uit: Uitdelen… (Ctrl+K).</translation>
    </message>
    <message>
        <source>Deal {count} documents per group from {handout}: Deal… (Ctrl+K).</source>
        <translation>Deel {count} documenten per groep uit {handout} uit: Uitdelen… (Ctrl+K).</translation>
    </message>
    <message>
        <source>1 person</source>
        <translation>1 persoon</translation>
    </message>
    <message>
        <source>{n} people</source>
        <translation>{n} personen</translation>
    </message>
    <message>
        <source>1 group</source>
        <translation>1 groep</translation>
    </message>
    <message>
        <source>{n} groups</source>
        <translation>{n} groepen</translation>
    </message>
    <message>
        <source>Groups ({count})</source>
        <extracomment>Slide kinds of the room&apos;s screens (the canvas gives a turn&apos;s clock its own area). Up to this many groups the grid has at most three columns, wide enough for a group&apos;s label on one line at the floor; more groups get four, and the label may break after &quot;·&quot;.</extracomment>
        <translation>Groepen ({count})</translation>
    </message>
    <message>
        <source>Dealt: {handout}</source>
        <translation>Uitgedeeld: {handout}</translation>
    </message>
    <message>
        <source>Turns: all done</source>
        <translation>Beurten: allemaal gedaan</translation>
    </message>
    <message>
        <source>Turn {number} of {count}: {title}</source>
        <translation>Beurt {number} van {count}: {title}</translation>
    </message>
    <message>
        <source>The wall by theme ({notes} notes, {themes} themes)</source>
        <extracomment>Slide kinds of the wall: its notes as sticky notes (newest first), or a panel per theme.</extracomment>
        <translation>Het bord per thema ({notes} notities, {themes} thema’s)</translation>
    </message>
    <message>
        <source>The wall ({notes} notes, newest first)</source>
        <translation>Het bord ({notes} notities, nieuwste eerst)</translation>
    </message>
    <message>
        <source>Make groups</source>
        <translation>Groepen maken</translation>
    </message>
    <message>
        <source>A number of people:</source>
        <translation>Een aantal personen:</translation>
    </message>
    <message>
        <source>Their names (one per line, or separated by commas):</source>
        <translation>Hun namen (één per regel, of gescheiden door komma’s):</translation>
    </message>
    <message>
        <source>Anna
Bo
Chris</source>
        <translation>Anna
Bram
Chris</translation>
    </message>
    <message>
        <source>Who is in the room</source>
        <translation>Wie er in de zaal is</translation>
    </message>
    <message>
        <source>As the step asks: pairs</source>
        <translation>Zoals de stap vraagt: tweetallen</translation>
    </message>
    <message>
        <source>As the step asks: groups of {size}</source>
        <translation>Zoals de stap vraagt: groepen van {size}</translation>
    </message>
    <message>
        <source>Groups of:</source>
        <translation>Groepen van:</translation>
    </message>
    <message>
        <source>3-5, pairs or 4</source>
        <translation>3-5, tweetallen of 4</translation>
    </message>
    <message>
        <source>This many groups:</source>
        <translation>Zoveel groepen:</translation>
    </message>
    <message>
        <source>Groups for “{step}”</source>
        <translation>Groepen voor ‘{step}’</translation>
    </message>
    <message>
        <source>Type the names of the people, or choose a number of people.</source>
        <translation>Typ de namen van de deelnemers, of kies een aantal personen.</translation>
    </message>
    <message>
        <source>The size of the groups: {error}.</source>
        <translation>De grootte van de groepen: {error}.</translation>
    </message>
    <message>
        <source>Deal cards or documents</source>
        <translation>Kaarten of documenten uitdelen</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>Kaarten</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documenten</translation>
    </message>
    <message>
        <source>Every one to every group</source>
        <translation>Alles aan elke groep</translation>
    </message>
    <message>
        <source>Per group:</source>
        <translation>Per groep:</translation>
    </message>
    <message>
        <source>Hand-out:</source>
        <translation>Hand-out:</translation>
    </message>
    <message>
        <source>What:</source>
        <translation>Wat:</translation>
    </message>
    <message>
        <source>This session has no hand-outs to deal.</source>
        <translation>Deze sessie heeft geen hand-outs om uit te delen.</translation>
    </message>
    <message>
        <source>This hand-out has {documents} documents and {cards} cards.</source>
        <translation>Deze hand-out heeft {documents} documenten en {cards} kaarten.</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Group turns</source>
        <translation>Beurten per groep</translation>
    </message>
    <message>
        <source>In group order (Group 1 first)</source>
        <translation>In volgorde van de groepen (groep 1 eerst)</translation>
    </message>
    <message>
        <source>Shuffled</source>
        <translation>Door elkaar</translation>
    </message>
    <message>
        <source>Time per group:</source>
        <translation>Tijd per groep:</translation>
    </message>
    <message>
        <source>Order:</source>
        <translation>Volgorde:</translation>
    </message>
    <message>
        <source>{turns} turns of {each} take {total}; {left} remain in this step.</source>
        <translation>{turns} beurten van {each} duren {total}; deze stap heeft nog {left}.</translation>
    </message>
    <message>
        <source>Time per turn</source>
        <translation>Tijd per beurt</translation>
    </message>
    <message>
        <source>Time per turn (the turn under way and those waiting):</source>
        <translation>Tijd per beurt (de lopende en de wachtende beurten):</translation>
    </message>
    <message>
        <source>Someone arrives</source>
        <translation>Er komt iemand bij</translation>
    </message>
    <message>
        <source>Their name (leave it empty when you only count people):</source>
        <translation>Naam (laat leeg als je alleen het aantal mensen bijhoudt):</translation>
    </message>
    <message>
        <source>Nobody is in the room yet.</source>
        <translation>Er is nog niemand in de zaal.</translation>
    </message>
    <message>
        <source>Someone leaves</source>
        <translation>Er gaat iemand weg</translation>
    </message>
    <message>
        <source>Who leaves?</source>
        <translation>Wie gaat er weg?</translation>
    </message>
    <message>
        <source>There are no groups yet: make groups first (Ctrl+G).</source>
        <translation>Er zijn nog geen groepen: maak eerst groepen (Ctrl+G).</translation>
    </message>
    <message>
        <source>Add a turn</source>
        <translation>Beurt toevoegen</translation>
    </message>
    <message>
        <source>One more turn for:</source>
        <translation>Nog een beurt voor:</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groep</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Gepland</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Gebruikt</translation>
    </message>
    <message>
        <source>Over</source>
        <translation>Uitloop</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Groepen</translation>
    </message>
    <message>
        <source>Dealt</source>
        <translation>Uitgedeeld</translation>
    </message>
    <message>
        <source>Nothing dealt to these groups yet.</source>
        <translation>Aan deze groepen is nog niets uitgedeeld.</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>language</source>
        <extracomment>The settings format this version writes (``settings/version``). Version 1 is the files of the earlier versions, which had no number and the same keys. The projector&apos;s smallest body text as a fraction of its screen&apos;s height: 1/30 is the floor that reads from the back of a room; larger is allowed. Where each preference is stored. Each preference in the trainer&apos;s words, for the notice of what was reset.</extracomment>
        <translation>taal</translation>
    </message>
    <message>
        <source>trainer&apos;s name</source>
        <translation>naam trainer</translation>
    </message>
    <message>
        <source>projector screen</source>
        <translation>beamerscherm</translation>
    </message>
    <message>
        <source>theme</source>
        <translation>thema</translation>
    </message>
    <message>
        <source>timer style</source>
        <translation>timerweergave</translation>
    </message>
    <message>
        <source>text size</source>
        <translation>tekstgrootte</translation>
    </message>
    <message>
        <source>warning threshold</source>
        <translation>waarschuwingsgrens</translation>
    </message>
    <message>
        <source>danger threshold</source>
        <translation>alarmgrens</translation>
    </message>
    <message>
        <source>chime volume</source>
        <translation>volume geluidssignalen</translation>
    </message>
    <message>
        <source>mute</source>
        <translation>geluid uit</translation>
    </message>
    <message>
        <source>default session</source>
        <translation>standaardsessie</translation>
    </message>
    <message>
        <source>Some settings could not be used and are back to their defaults: {names}. Preferences (Ctrl+,) changes them.</source>
        <translation>Sommige instellingen waren onbruikbaar en staan weer op hun standaardwaarde: {names}. Je wijzigt ze in Instellingen (Ctrl+,).</translation>
    </message>
    <message>
        <source>Normal: at least 1/30 of the screen&apos;s height</source>
        <translation>Normaal: minstens 1/30 van de schermhoogte</translation>
    </message>
    <message>
        <source>Larger: at least 1/{size} of the screen&apos;s height</source>
        <translation>Groter: minstens 1/{size} van de schermhoogte</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Algemeen</translation>
    </message>
    <message>
        <source>Projector</source>
        <translation>Beamer</translation>
    </message>
    <message>
        <source>Timing and sound</source>
        <translation>Tijd en geluid</translation>
    </message>
    <message>
        <source>As the system is set</source>
        <translation>Zoals het systeem is ingesteld</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Taal</translation>
    </message>
    <message>
        <source>The windows and dialogs speak it from the next start. The projector always speaks the session&apos;s own language.</source>
        <translation>Vensters en dialogen gebruiken die taal vanaf de volgende start. De beamer spreekt altijd de taal van de sessie zelf.</translation>
    </message>
    <message>
        <source>as the title screen shows it</source>
        <translation>zoals het titelscherm hem toont</translation>
    </message>
    <message>
        <source>Your &amp;name</source>
        <translation>Je &amp;naam</translation>
    </message>
    <message>
        <source>STEAM Coach session 1 (bundled)</source>
        <translation>STEAM Coach sessie 1 (meegeleverd)</translation>
    </message>
    <message>
        <source>Choose a file…</source>
        <translation>Bestand kiezen…</translation>
    </message>
    <message>
        <source>Opens at start</source>
        <translation>Opent bij het starten</translation>
    </message>
    <message>
        <source>Chime volume</source>
        <translation>Volume geluidssignalen</translation>
    </message>
    <message>
        <source>Automatic: the largest screen that is not yours</source>
        <translation>Automatisch: het grootste scherm dat niet het jouwe is</translation>
    </message>
    <message>
        <source>{name} (not connected now)</source>
        <translation>{name} (nu niet aangesloten)</translation>
    </message>
    <message>
        <source>&amp;Screen</source>
        <translation>Sc&amp;herm</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>T&amp;hema</translation>
    </message>
    <message>
        <source>T&amp;imer</source>
        <translation>T&amp;imer</translation>
    </message>
    <message>
        <source>Theme and timer are used when the agenda chooses none; the Projector menu changes them during a session.</source>
        <translation>Thema en timer gelden als de agenda er zelf geen kiest; tijdens een sessie wijzig je ze in het menu Beamer.</translation>
    </message>
    <message>
        <source>Te&amp;xt size</source>
        <translation>Te&amp;kstgrootte</translation>
    </message>
    <message>
        <source> % of the step left</source>
        <translation> % van de stap over</translation>
    </message>
    <message>
        <source>&amp;Warning at</source>
        <translation>&amp;Waarschuwing bij</translation>
    </message>
    <message>
        <source>&amp;Danger at</source>
        <translation>&amp;Alarm bij</translation>
    </message>
    <message>
        <source>Used where the agenda sets no thresholds. 20 % / 10 % means a 10-minute step warns at 2:00 and a 25-minute step at 5:00.</source>
        <translation>Geldt als de agenda zelf geen grenzen instelt. 20 % / 10 % betekent dat een stap van 10 minuten waarschuwt bij 2:00 en een stap van 25 minuten bij 5:00.</translation>
    </message>
    <message>
        <source>&amp;Play</source>
        <translation>Af&amp;spelen</translation>
    </message>
    <message>
        <source>&amp;Mute the chimes</source>
        <translation>Geluidssignalen &amp;dempen</translation>
    </message>
    <message>
        <source>The session that opens at start</source>
        <translation>De sessie die bij het starten opent</translation>
    </message>
    <message>
        <source>The new language is used from the next start of Facilitator.</source>
        <translation>De nieuwe taal wordt gebruikt vanaf de volgende start van Facilitator.</translation>
    </message>
    <message>
        <source>Facilitator&apos;s settings file could not be used ({reason}), so it started with its usual settings: window layout, thresholds, chimes and trainer name. The old file is kept beside it as {kept}.</source>
        <extracomment>A settings file larger than this (1 MB; a real one is a few kB) is set aside unread.</extracomment>
        <translation>Het instellingenbestand van Facilitator was onbruikbaar ({reason}), dus de app startte met de gewone instellingen: vensterindeling, grenzen, geluidssignalen en naam trainer. Het oude bestand is ernaast bewaard als {kept}.</translation>
    </message>
    <message>
        <source>Facilitator&apos;s settings file could not be used ({reason}) and could not be moved aside, so it started with its usual settings and remembers nothing until the app restarts. The file is {kept}.</source>
        <translation>Het instellingenbestand van Facilitator was onbruikbaar ({reason}) en kon niet opzij worden gezet, dus de app startte met de gewone instellingen en onthoudt niets tot hij opnieuw start. Het bestand is {kept}.</translation>
    </message>
    <message>
        <source>line {line} holds a value Facilitator never writes, {kind}</source>
        <translation>regel {line} bevat een waarde die Facilitator nooit schrijft, {kind}</translation>
    </message>
    <message>
        <source>it is {size} kB, far larger than settings ever are</source>
        <translation>het is {size} kB, veel groter dan instellingen ooit zijn</translation>
    </message>
</context>
<context>
    <name>Sleep</name>
    <message>
        <source>A workshop session is running</source>
        <translation>Er loopt een workshopsessie</translation>
    </message>
</context>
<context>
    <name>Slides</name>
    <message>
        <source>Title screen</source>
        <translation>Titelscherm</translation>
    </message>
    <message>
        <source>Step title: {title}</source>
        <translation>Titel van de stap: {title}</translation>
    </message>
    <message>
        <source>Question: {question}</source>
        <translation>Vraag: {question}</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Vragen</translation>
    </message>
    <message>
        <source>Prompt: {prompt}</source>
        <translation>Opdracht: {prompt}</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <source>missing: {name}</source>
        <translation>ontbreekt: {name}</translation>
    </message>
    <message>
        <source>Checklist: {title}</source>
        <translation>Checklist: {title}</translation>
    </message>
    <message>
        <source>Question: {text}</source>
        <translation>Vraag: {text}</translation>
    </message>
    <message>
        <source>Break until {time}</source>
        <translation>Pauze tot {time}</translation>
    </message>
    <message>
        <source>Wall clock</source>
        <translation>Klok</translation>
    </message>
</context>
<context>
    <name>Sound</name>
    <message>
        <source>sound unavailable: no audio device</source>
        <translation>geen geluid: geen audioapparaat</translation>
    </message>
    <message>
        <source>sound unavailable: {reason}</source>
        <translation>geen geluid: {reason}</translation>
    </message>
    <message>
        <source>the sound system could not be loaded</source>
        <translation>het geluidssysteem kon niet worden geladen</translation>
    </message>
</context>
<context>
    <name>Start</name>
    <message>
        <source>Not started · {mode} · {outcome}, {done} of {count} steps</source>
        <extracomment>How many recent runs the start window lists.</extracomment>
        <translation>Niet gestart · {mode} · {outcome}, {done} van {count} stappen</translation>
    </message>
    <message>
        <source>{when} · {mode} · {outcome}, {done} of {count} steps</source>
        <translation>{when} · {mode} · {outcome}, {done} van {count} stappen</translation>
    </message>
    <message>
        <source>This session cannot be edited here</source>
        <translation>Deze sessie kan hier niet bewerkt worden</translation>
    </message>
    <message>
        <source>The file is not one the editor can read; nothing was changed. Fix it in a text editor (the details say where), then open it again.</source>
        <translation>De editor kan dit bestand niet lezen; er is niets gewijzigd. Verbeter het in een teksteditor (de details zeggen waar) en open het dan opnieuw.</translation>
    </message>
    <message>
        <source>Your copy is saved in {folder}. It has problems to fix before it can run; the presenter stays on the session it shows.</source>
        <translation>Je kopie is opgeslagen in {folder}. Er zijn nog problemen op te lossen voor ze kan lopen; het presentatorvenster blijft bij de sessie die het toont.</translation>
    </message>
    <message>
        <source>The session under way goes on with your copy; its timer was kept.</source>
        <translation>De lopende sessie gaat verder met je kopie; de timer is behouden.</translation>
    </message>
    <message>
        <source>Your copy is open in the presenter, ready to start.</source>
        <translation>Je kopie staat open in het presentatorvenster, klaar om te starten.</translation>
    </message>
    <message>
        <source>New session</source>
        <translation>Nieuwe sessie</translation>
    </message>
    <message>
        <source>e.g. Samenwerken in projectgroepen</source>
        <translation>bv. Samenwerken in projectgroepen</translation>
    </message>
    <message>
        <source>A blank session, with one step to start from</source>
        <translation>Een lege sessie, met één stap om mee te beginnen</translation>
    </message>
    <message>
        <source>A copy of a session that comes with the app:</source>
        <translation>Een kopie van een meegeleverde sessie:</translation>
    </message>
    <message>
        <source>A table: the CSV export of a spreadsheet plan</source>
        <translation>Een tabel: de CSV-export van een planning in een spreadsheet</translation>
    </message>
    <message>
        <source>Choose the table…</source>
        <translation>Kies de tabel…</translation>
    </message>
    <message>
        <source>One row per step, with a header row: title, minutes, and if you like instructions and questions (one question per line, or several question columns).</source>
        <translation>Eén rij per stap, met een kopregel: titel, minuten, en als je wilt instructies en vragen (één vraag per regel, of meerdere kolommen met vragen).</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>Start from:</source>
        <translation>Begin met:</translation>
    </message>
    <message>
        <source>Make the session</source>
        <translation>Sessie maken</translation>
    </message>
    <message>
        <source>Choose a table</source>
        <translation>Kies een tabel</translation>
    </message>
    <message>
        <source>Tables (*.csv *.txt);;All files (*)</source>
        <translation>Tabellen (*.csv *.txt);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Change the title</source>
        <translation>De titel wijzigen</translation>
    </message>
    <message>
        <source>Give the session a title first.</source>
        <translation>Geef de sessie eerst een titel.</translation>
    </message>
    <message>
        <source>Choose the table first.</source>
        <translation>Kies eerst de tabel.</translation>
    </message>
    <message>
        <source>The table could not be read: {reason}.</source>
        <translation>De tabel kon niet gelezen worden: {reason}.</translation>
    </message>
    <message>
        <source>Nothing was made. Fix these rows in your spreadsheet, export it again as CSV and choose it again.</source>
        <translation>Er is niets gemaakt. Verbeter deze rijen in je spreadsheet, exporteer opnieuw als CSV en kies het bestand opnieuw.</translation>
    </message>
    <message>
        <source>{language} · comes with the app</source>
        <translation>{language} · meegeleverd</translation>
    </message>
    <message>
        <source>{language} · saved {when} · in the folder {folder}</source>
        <translation>{language} · opgeslagen {when} · in de map {folder}</translation>
    </message>
    <message>
        <source>{language} · in the folder {folder}</source>
        <translation>{language} · in de map {folder}</translation>
    </message>
    <message>
        <source>Start — Facilitator</source>
        <translation>Start — Facilitator</translation>
    </message>
    <message>
        <source>None yet. Edit a session and save it as your copy, or make a new session: they are kept here.</source>
        <translation>Nog geen. Bewerk een sessie en sla ze op als je eigen kopie, of maak een nieuwe sessie: ze worden hier bewaard.</translation>
    </message>
    <message>
        <source>No runs yet: a session&apos;s run is recorded from its start.</source>
        <translation>Nog geen uitvoeringen: een uitvoering wordt vastgelegd vanaf de start.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Openen</translation>
    </message>
    <message>
        <source>Open the session chosen in the presenter, ready to start</source>
        <translation>De gekozen sessie openen in het presentatorvenster, klaar om te starten</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bewerken…</translation>
    </message>
    <message>
        <source>Change the session chosen in the editor</source>
        <translation>De gekozen sessie aanpassen in de editor</translation>
    </message>
    <message>
        <source>New session…</source>
        <translation>Nieuwe sessie…</translation>
    </message>
    <message>
        <source>Open a file…</source>
        <translation>Bestand openen…</translation>
    </message>
    <message>
        <source>Open its session</source>
        <translation>De sessie ervan openen</translation>
    </message>
    <message>
        <source>Report…</source>
        <translation>Rapport…</translation>
    </message>
    <message>
        <source>Sessions that come with the app</source>
        <translation>Meegeleverde sessies</translation>
    </message>
    <message>
        <source>My sessions</source>
        <translation>Mijn sessies</translation>
    </message>
    <message>
        <source>Recent runs</source>
        <translation>Recente uitvoeringen</translation>
    </message>
    <message>
        <source>Choose a session</source>
        <translation>Kies een sessie</translation>
    </message>
    <message>
        <source>Open a session to run it, or edit it first: adapt the cards and hand-outs to your context. The sessions that come with the app are never changed; your changes are saved as your own copy.</source>
        <translation>Open een sessie om ze te laten lopen, of bewerk ze eerst: pas de kaarten en hand-outs aan je context aan. De meegeleverde sessies worden nooit gewijzigd; je wijzigingen worden opgeslagen als je eigen kopie.</translation>
    </message>
    <message>
        <source>The session file is no longer there.</source>
        <translation>Het sessiebestand is er niet meer.</translation>
    </message>
</context>
<context>
    <name>Time</name>
    <message>
        <source>{minutes} min behind plan</source>
        <translation>{minutes} min achter op schema</translation>
    </message>
    <message>
        <source>{minutes} min ahead of plan</source>
        <translation>{minutes} min voor op schema</translation>
    </message>
    <message>
        <source>on plan</source>
        <translation>op schema</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>zojuist</translation>
    </message>
    <message>
        <source>{minutes} min ago</source>
        <translation>{minutes} min geleden</translation>
    </message>
    <message>
        <source>{time} h ago</source>
        <translation>{time} u geleden</translation>
    </message>
</context>
<context>
    <name>Wall</name>
    <message>
        <source>No notes yet: type one below and press Enter (or paste several, one per line).</source>
        <extracomment>The console&apos;s words, marked for translation and translated where they are used.</extracomment>
        <translation>Nog geen notities: typ er hieronder een en druk op Enter (of plak er meerdere, één per regel).</translation>
    </message>
    <message>
        <source>{notes} on the wall, {themes}; {shown} the room sees.</source>
        <translation>{notes} op het bord, {themes}; de zaal ziet er {shown}.</translation>
    </message>
    <message>
        <source>No notes wait for you.</source>
        <translation>Er wachten geen notities op u.</translation>
    </message>
    <message>
        <source>1 note waits for you to release it.</source>
        <translation>1 notitie wacht tot u ze vrijgeeft.</translation>
    </message>
    <message>
        <source>{count} notes wait for you to release them.</source>
        <translation>{count} notities wachten tot u ze vrijgeeft.</translation>
    </message>
    <message>
        <source>Notes from phones go on the wall at once (auto-release).</source>
        <translation>Notities van telefoons komen meteen op het bord (automatisch vrijgeven).</translation>
    </message>
    <message>
        <source>Notes from phones wait here until you release them.</source>
        <translation>Notities van telefoons wachten hier tot u ze vrijgeeft.</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>verborgen</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>wacht</translation>
    </message>
    <message>
        <source>from a phone</source>
        <translation>van een telefoon</translation>
    </message>
    <message>
        <source>before the session</source>
        <translation>voor de sessie</translation>
    </message>
    <message>
        <source>Drag a note onto another to make a theme, onto a theme to join it.</source>
        <translation>Sleep een notitie op een andere om een thema te maken, op een thema om erbij te horen.</translation>
    </message>
    <message>
        <source>1 note</source>
        <translation>1 notitie</translation>
    </message>
    <message>
        <source>{n} notes</source>
        <translation>{n} notities</translation>
    </message>
    <message>
        <source>1 theme</source>
        <translation>1 thema</translation>
    </message>
    <message>
        <source>{n} themes</source>
        <translation>{n} thema&apos;s</translation>
    </message>
    <message>
        <source>Choose a note on the wall first.</source>
        <extracomment>How a pasted list may be added.</extracomment>
        <translation>Kies eerst een notitie op het bord.</translation>
    </message>
    <message>
        <source>Choose a theme (or a note in one) on the wall first.</source>
        <translation>Kies eerst een thema (of een notitie daarin) op het bord.</translation>
    </message>
    <message>
        <source>Choose a waiting note first.</source>
        <translation>Kies eerst een wachtende notitie.</translation>
    </message>
    <message>
        <source>Type a note in the wall&apos;s field first (Ctrl+Shift+N puts the cursor there).</source>
        <translation>Typ eerst een notitie in het veld van het bord (Ctrl+Shift+N zet de cursor daar).</translation>
    </message>
    <message>
        <source>Several lines</source>
        <translation>Meerdere regels</translation>
    </message>
    <message>
        <source>You wrote {count} lines. Add them as {count} notes, or as one note?</source>
        <translation>U schreef {count} regels. Toevoegen als {count} notities, of als één notitie?</translation>
    </message>
    <message>
        <source>{count} notes</source>
        <translation>{count} notities</translation>
    </message>
    <message>
        <source>One note</source>
        <translation>Eén notitie</translation>
    </message>
    <message>
        <source>Edit the note</source>
        <translation>Notitie bewerken</translation>
    </message>
    <message>
        <source>The note&apos;s text:</source>
        <translation>De tekst van de notitie:</translation>
    </message>
    <message>
        <source>Remove this note from the wall? It cannot be put back.

{text}</source>
        <translation>Deze notitie van het bord verwijderen? Ze kan niet worden teruggezet.

{text}</translation>
    </message>
    <message>
        <source>Remove the note</source>
        <translation>Notitie verwijderen</translation>
    </message>
    <message>
        <source>Name the theme</source>
        <translation>Thema benoemen</translation>
    </message>
    <message>
        <source>The theme&apos;s name:</source>
        <translation>De naam van het thema:</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Stap</translation>
    </message>
    <message>
        <source>Type a note and press Enter; paste a list to add one note per line</source>
        <translation>Typ een notitie en druk op Enter; plak een lijst voor één notitie per regel</translation>
    </message>
    <message>
        <source>Waiting for release</source>
        <translation>Wacht op vrijgave</translation>
    </message>
</context>
</TS>
