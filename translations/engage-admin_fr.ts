<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>engage::AutosaveSlot</name>
    <message>
        <source>Unsaved work could not be written aside to &quot;%1&quot;: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>engage::BoundedInputReader</name>
    <message>
        <source>Standard input could not be opened: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a directory, not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be opened: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be read: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>engage::CommunityHeader</name>
    <message>
        <source>Community name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Community ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admin API server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The community&apos;s ID in Engage, as the admin API gives it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Community &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Community &amp;ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;rver:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>engage::ConfigDocument</name>
    <message>
        <source>Add a row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove a row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit a row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move a row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the community</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the signed identities mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Remove %n row(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>engage::ConfigFile</name>
    <message>
        <source>%1 could not be written: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be made private to its owner: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be written: only %2 of %3 bytes could be stored (is the disk full?). The previous file, if any, is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be written: %2. The previous file, if any, is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>engage::ConfigReader</name>
    <message>
        <source>The &quot;format&quot; member is missing: a configuration file declares &quot;format&quot;: &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The format must be &quot;%1&quot;; this file is not an Engage Messaging community configuration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The &quot;version&quot; member is missing: this program reads version %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The version must be a whole number: this program reads version %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 is not supported: this program reads version %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This member must be %1, not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The member &quot;%1&quot; is not part of the format and is ignored; check its spelling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is %1 bytes long; a configuration may be at most 16 MiB (%2 bytes), so it was not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not valid JSON: line %1, column %2: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file holds a JSON value that is not an object; a configuration is one JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>engage::ConfigValidator</name>
    <message>
        <source>Signed identities must be &quot;accept&quot;, &quot;reject&quot; or &quot;require&quot;, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept takes both signed and non-signed identities, so a visitor can claim any identity; use Require in production.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Require accepts only signed identities, but no JWT key is configured, so no visitor could be identified; add a key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject refuses signed identities, so the configured JWT keys are never used; choose Require or remove the keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The custom field key is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The custom field key &quot;%1&quot; may contain only lowercase letters a-z, digits 0-9 and underscores.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The custom field key &quot;%1&quot; is already used at %2; custom field keys must be unique.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The regular expression is not valid: %1 (at character %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; is already written by the key &quot;%2&quot;; the later value overwrites the earlier one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The visitor UUID is mapped to &quot;%1&quot;, which is not a custom field with a regex, so automatically generated UUIDs could land in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The extra value key is empty; enter the key the website registers, or remove the row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The extra value key &quot;%1&quot; starts or ends with white space, which the website would not send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key &quot;%1&quot; is already mapped at %2; each key can be mapped only once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No destination field is chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The custom field &quot;%1&quot; is not in the custom fields catalogue; add it there or choose another field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a destination field: choose a predefined field or custom_field:KEY.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key ID &quot;%1&quot; is already used at %2; key IDs must be unique.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This secret is also the secret of the key &quot;%1&quot;; give every key its own secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same public key is already configured as the key &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key ID is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key ID &quot;%1&quot; may contain only lowercase letters a-z, digits 0-9 and underscores.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key has no algorithm: choose HS256 or RS256.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The algorithm must be HS256 or RS256, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The HS256 key has no secret: enter its 24-character shared secret or generate one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret has capital letters: it must be written with the lowercase hex digits 0-9 and a-f.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret must be exactly %1 hex characters long; this one has %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret may contain only the hex digits 0-9 and a-f.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The RS256 key has no public key: paste a PEM public key (-----BEGIN PUBLIC KEY-----).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a usable PEM public key: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a private key: only the public key belongs here, and this program never saves the private key. Extract the public key with &quot;openssl pkey -in private.pem -pubout&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is an X.509 certificate, not a public key. Extract its public key with &quot;openssl x509 -in certificate.pem -pubkey -noout&quot; and paste that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a %1 public key; RS256 needs an RSA public key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This RSA key has only %1 bits; use a key of at least %2 bits.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>engage::CustomFieldTableModel</name>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regex</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>engage::DestinationField</name>
    <message>
        <source>%1 (custom field)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>engage::DestinationFieldDelegate</name>
    <message>
        <source>Destination field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no field)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>engage::DiagnosticListModel</name>
    <message>
        <source>key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>destination field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>regex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>algorithm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>public key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed identities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Community</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mapping row %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom field %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JWT key “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JWT key %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>engage::Diagnostics</name>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>engage::DiagnosticsPanel</name>
    <message>
        <source>No problem found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Diagnostics</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>engage::ExportDialog</name>
    <message>
        <source>&amp;Redact secrets: write &quot;secret&quot;: null for every HS256 key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>This configuration has %n error(s): the exported file will not pass &quot;engagectl validate&quot;.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Configuration files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>engage::JwtKeyEditor</name>
    <message>
        <source>&amp;Generate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import public key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lowercase letters, digits and underscores; the website sends it as the token&apos;s &quot;kid&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Algorithm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HS256 (shared secret)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RS256 (RSA public key)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>24 characters of 0-9 and a-f, shared with the website.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the secret with 24 random hexadecimal characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RSA public key (PEM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Secret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Public key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key I&amp;D:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Al&amp;gorithm:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new secret was generated. Give it to the website&apos;s integrators before they need it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import public key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM files (*.pem *.pub *.crt *.cer *.key);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; was not imported. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is an X.509 certificate. Its public key will be imported, not the certificate: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public key imported: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>engage::JwtKeyListModel</name>
    <message>
        <source>(no ID)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>engage::JwtKeysPage</name>
    <message>
        <source>JWT keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HS256 key (shared secret)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RS256 key (RSA public key)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No JWT key yet. Add an HS256 key to share a secret with the website, or an RS256 key to check tokens signed with the website&apos;s RSA private key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With several keys, a key can be rotated without a coordinated release: add the new key, move the website to it, then remove the old one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected key</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>engage::JwtSigner</name>
    <message>
        <source>No configured JWT key has the ID &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several configured keys have the ID &quot;%1&quot;; key IDs must be unique.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key &quot;%1&quot; is not valid: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payload must be a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The expiry time (now plus the time to live) is out of range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The HMAC signature could not be computed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key &quot;%1&quot; is an RS256 key: signing needs its private key (a PEM file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The private key file holds no private key; give the PEM private key (BEGIN PRIVATE KEY or BEGIN RSA PRIVATE KEY) of the key &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The private key is encrypted with a passphrase, and this program never asks for one. Decrypt a copy with &quot;openssl pkey -in key.pem -out plain.pem&quot; and keep it safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The private key cannot be read; give it as PEM (BEGIN PRIVATE KEY or BEGIN RSA PRIVATE KEY).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The private key is not an RSA key; RS256 needs RSA.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The private key does not match the public key configured for &quot;%1&quot;: tokens signed with it would be refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The RSA signature could not be computed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than 1 MiB; it is not a key.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>engage::JwtVerifier</name>
    <message>
        <source>null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the number %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the string &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unix time %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signed identities setting &quot;%1&quot; is not valid, so no identity is accepted; choose accept, reject or require.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The community is in reject mode: it takes only non-signed identities, so every signed identity (JWT) is refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The community is in require mode: only JWT-signed identities are accepted, and this identity is not signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token is %1 bytes long; tokens over %2 bytes (64 KiB) are refused without being read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A token is three base64url segments separated by dots (header.payload.signature); this one has %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>payload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 segment is not valid base64url: only letters, digits, &apos;-&apos; and &apos;_&apos; may appear, without &apos;=&apos; padding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 is not valid JSON: %2 (line %3, column %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 is %2, not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The header has a &quot;crit&quot; member: it lists extensions that must be understood, and none is, so the token is refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The header has no &quot;alg&quot; member; tokens must be signed with HS256 or RS256.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The algorithm is &quot;none&quot;: the token is not signed. Tokens must be signed with HS256 or RS256.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The algorithm &quot;alg&quot; is %1; tokens must be signed with HS256 or RS256.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The header&apos;s &quot;typ&quot; is %1; it must be exactly &quot;JWT&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The header has no &quot;typ&quot; member; it must be &quot;JWT&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The header&apos;s &quot;kid&quot; is %1, not a string naming a configured key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The header has no &quot;kid&quot; member naming the configured key the token is signed with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No configured JWT key has the ID &quot;%1&quot;; add the key to the configuration or correct the website&apos;s kid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token is signed with %1, but the key &quot;%2&quot; is configured for %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key &quot;%1&quot; has no valid algorithm in the configuration, so no token can be verified with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key &quot;%1&quot; is not valid in the configuration, so no signature can be verified with it; correct the key first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature does not match the key &quot;%1&quot;: the token was altered, or signed with another key or secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payload has no &quot;exp&quot; member; tokens must say when they expire, at least one hour in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payload&apos;s &quot;exp&quot; is %1; it must be an integer number of seconds since 1970-01-01 UTC (Unix time).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token expired at %1, and it is now %2; Engage requires tokens to expire at least one hour from now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token expires at %1, which is less than one hour from now (%2); Engage requires at least one hour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The identity is %1, not a JSON object with a &quot;uuid&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 has no &quot;uuid&quot; member identifying the visitor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1&apos;s &quot;uuid&quot; is %2; it must be a string identifying the visitor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1&apos;s &quot;uuid&quot; is empty; it must identify the visitor.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>engage::JwtWorkbench</name>
    <message>
        <source>Token to verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decoded header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token&apos;s header appears here once it decodes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decoded payload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token&apos;s payload appears here once it decodes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payload to sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private key &amp;file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verify this token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JWT Workbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste a signed identity (a JWT: header.payload.signature) to see whether Engage would accept it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mapped fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key to sign with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lifetime in seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used when the payload has no &quot;exp&quot; of its own. Engage refuses tokens that expire less than an hour after they are checked, so the lifetime is at least an hour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the private key file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign a test token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signed token appears here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify the signed token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify a token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Header, as decoded:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pa&amp;yload, as decoded:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mapped fields (accepted tokens only):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payload to si&amp;gn:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lifetime in seconds:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed t&amp;oken:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste a token above to see whether Engage would accept it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted: Engage would take this token as the visitor&apos;s signed identity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused: %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a JWT key to the configuration to sign test tokens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens are signed with the secret configured for this key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An RS256 key signs with its private key: choose the PEM file that matches the configured public key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The private key is read from %1 when you sign, and is not kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the Private Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM private keys (*.pem *.key);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payload is not valid JSON: %1 (line %2, column %3).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>engage::ListEditBar</name>
    <message>
        <source>Move &amp;up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the current row up (Alt+Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the current row down (Alt+Down)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>engage::MainWindow</name>
    <message>
        <source>Engage configurations (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra values &amp;mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Signed identities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JWT &amp;keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnostics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JWT &amp;Workbench…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Engage Community Admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; could not be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n RS256 key(s) of this file held a private key. It was not kept and will not be saved: paste the public key instead.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Opened &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an untitled configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recover Unsaved Work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engage Community Admin stopped without saving changes to %1. They were written aside on %2. Recover them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved work was recovered. Save it to keep it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to &quot;%1&quot; with the secrets redacted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Engage Community Admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engage Community Admin %1

Edits and checks the signed identities, JWT keys and extra values mapping of RingCentral Engage Messaging communities.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1[*] — Engage Community Admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has changes that are not saved. Save them before closing?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>engage::MappingPage</name>
    <message>
        <source>Extra values mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each row copies the visitor&apos;s extra value of that key into an Identity Group field shown to agents. The key &quot;uuid&quot; maps the visitor&apos;s UUID itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom fields catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove fi&amp;eld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom fields catalogue (Identity Group)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>engage::MappingTableModel</name>
    <message>
        <source>Extra value key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination field</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>engage::MessageBanner</name>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close this message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>engage::PredefinedField</name>
    <message>
        <source>Firstname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lastname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>engage::PublicKeyImporter</name>
    <message>
        <source>RSA public key, %1 bits · SHA-256 fingerprint %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This certificate holds a %1 key; RS256 needs an RSA public key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file holds a %1 public key; RS256 needs an RSA public key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file holds no usable PEM key: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a private key, which must stay with the website: it was not kept. Give its public key instead, made with &quot;openssl pkey -in private.pem -pubout&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>engage::SecureRandom</name>
    <message>
        <source>No secret could be generated: the system&apos;s random number generator failed. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>engage::SignedIdentitiesPage</name>
    <message>
        <source>JWT-signed identities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both non-signed and JWT-signed identities are taken: flexible, but not recommended in production.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;eject (default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only non-signed identities are taken; JWT-signed identities are refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;quire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only identities signed with a configured JWT key are taken: the strict, secure mode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No problem with this choice.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>engage-admin: no translation for &quot;%1&quot;; the application stays in English.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engage Community Admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit and check the signed identities, JWT keys and extra values mapping of RingCentral Engage Messaging communities.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A configuration file to open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
