<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>engage::ConfigDocument</name>
    <message numerus="yes">
        <source>Remove %n row(s)</source>
        <translation>
            <numerusform>Remove %n row</numerusform>
            <numerusform>Remove %n rows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>engage::ConnectionDialog</name>
    <message numerus="yes">
        <source>Connected to %1: the token can see at least %n communities.</source>
        <translation>
            <numerusform>Connected to %1: the token can see at least %n community.</numerusform>
            <numerusform>Connected to %1: the token can see at least %n communities.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Connected to %1: the token can see %n communities.</source>
        <translation>
            <numerusform>Connected to %1: the token can see %n community.</numerusform>
            <numerusform>Connected to %1: the token can see %n communities.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>engage::ConsoleChecklistDialog</name>
    <message numerus="yes">
        <source>This configuration has %n error(s) (see Diagnostics): the console would refuse those values, so fix them before entering it.</source>
        <translation>
            <numerusform>This configuration has %n error (see Diagnostics): the console would refuse that value, so fix it before entering the configuration.</numerusform>
            <numerusform>This configuration has %n errors (see Diagnostics): the console would refuse those values, so fix them before entering the configuration.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied “%1”: the secret is cleared from the clipboard in %n seconds if it is still there.</source>
        <translation>
            <numerusform>Copied “%1”: the secret is cleared from the clipboard in %n second if it is still there.</numerusform>
            <numerusform>Copied “%1”: the secret is cleared from the clipboard in %n seconds if it is still there.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>engage::DiagnosticsPanel</name>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>engage::ExportDialog</name>
    <message numerus="yes">
        <source>This configuration has %n error(s): the exported file will not pass &quot;engagectl validate&quot;.</source>
        <translation>
            <numerusform>This configuration has %n error: the exported file will not pass &quot;engagectl validate&quot;.</numerusform>
            <numerusform>This configuration has %n errors: the exported file will not pass &quot;engagectl validate&quot;.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>engage::IdentityCheckDialog</name>
    <message numerus="yes">
        <source>Mapping rows checked: %n; no problem found.</source>
        <translation>
            <numerusform>Mapping rows checked: %n; no problem found.</numerusform>
            <numerusform>Mapping rows checked: %n; no problem found.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mapping rows with a problem: %n; select one to read what to fix.</source>
        <translation>
            <numerusform>Mapping rows with a problem: %n; select one to read what to fix.</numerusform>
            <numerusform>Mapping rows with a problem: %n; select one to read what to fix.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>engage::MainWindow</name>
    <message numerus="yes">
        <source>%n RS256 key(s) of this file held a private key. It was not kept and will not be saved: paste the public key instead.</source>
        <translation>
            <numerusform>%n RS256 key of this file held a private key. It was not kept and will not be saved: paste the public key instead.</numerusform>
            <numerusform>%n RS256 keys of this file held a private key. They were not kept and will not be saved: paste the public keys instead.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>And %n more, listed in the diagnostics panel.</source>
        <translation>
            <numerusform>And %n more, listed in the diagnostics panel.</numerusform>
            <numerusform>And %n more, listed in the diagnostics panel.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>engage::PemKey</name>
    <message numerus="yes">
        <source>the text holds %n PEM blocks; which one was meant is unknown: keep only the public key</source>
        <translation>
            <numerusform>the text holds %n PEM block; which one was meant is unknown: keep only the public key</numerusform>
            <numerusform>the text holds %n PEM blocks; which one was meant is unknown: keep only the public key</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>engage::PushFlow</name>
    <message numerus="yes">
        <source>The configuration has %n error(s), so it was not pushed and nothing was sent: fix them first (see Diagnostics).</source>
        <translation>
            <numerusform>The configuration has %n error, so it was not pushed and nothing was sent: fix it first (see Diagnostics).</numerusform>
            <numerusform>The configuration has %n errors, so it was not pushed and nothing was sent: fix them first (see Diagnostics).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>engage::TokenLogReportWindow</name>
    <message numerus="yes">
        <source>Read %n token(s) against the configuration as it is now.</source>
        <translation>
            <numerusform>Read %n token against the configuration as it is now.</numerusform>
            <numerusform>Read %n tokens against the configuration as it is now.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Read %n token(s) against the configuration as it was when the report started; it has been edited since, so run the report again to check the log against the edits.</source>
        <translation>
            <numerusform>Read %n token against the configuration as it was when the report started; it has been edited since, so run the report again to check the log against the edits.</numerusform>
            <numerusform>Read %n tokens against the configuration as it was when the report started; it has been edited since, so run the report again to check the log against the edits.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>engage::ValidateCommand</name>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
</context>
</TS>
