// Speed of the desktop application (issue: the window shown with the example within 500 ms of
// process start; 10,000 mapping rows and 1,000 keys open within 1 s, scroll smoothly, and one
// edit revalidates and repaints within 16 ms). Run by hand, see the README:
//   bench_gui startup FILE   builds the window as engage-admin does, prints the time from
//                            main() to the window exposed, and exits (time the whole process
//                            with hyperfine to include loading the libraries)
//   bench_gui large          a generated configuration: open, scroll and edit times
//   bench_gui typing         typing in a file of 5,000 and of 10,000 warned mapping rows: the
//                            GUI thread's processor time per keystroke, from the key press
//                            until the event loop is idle again (deferred work included)

#include "config/config_validator.h"
#include "config/config_writer.h"
#include "crypto/openssl_handles.h"
#include "document/config_document.h"
#include "main_window.h"

#include <QAbstractEventDispatcher>
#include <QAbstractItemModel>
#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QLineEdit>
#include <QScrollBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

#include <algorithm>
#include <time.h>
#include <vector>

#include <openssl/evp.h>
#include <openssl/pem.h>

using namespace engage;

namespace {

QString rsaPublicKeyPem()
{
    EvpPkeyPtr key(EVP_PKEY_Q_keygen(nullptr, nullptr, "RSA", size_t{2048}));
    BioPtr bio(BIO_new(BIO_s_mem()));
    PEM_write_bio_PUBKEY(bio.get(), key.get());
    char* data = nullptr;
    const long size = BIO_get_mem_data(bio.get(), &data);
    return QString::fromLatin1(data, static_cast<qsizetype>(size));
}

// 10,000 mapping rows onto as many catalogue fields, and 1,000 keys: 900 HS256 and 100 RS256,
// every RSA key distinct so that each is parsed on opening.
CommunityConfig largeConfig()
{
    CommunityConfig config;
    config.signedIdentities = SignedIdentities::require;
    for (int index = 0; index < 10000; ++index) {
        const QString number = QString::number(index);
        config.customFields.append(
            {QStringLiteral("f") + number, QStringLiteral("Field ") + number,
             QStringLiteral("string"), std::nullopt});
        config.extraValuesMapping.append(
            {QStringLiteral("v") + number, QStringLiteral("custom_field:f") + number});
    }
    for (int index = 0; index < 900; ++index) {
        config.jwtKeys.append({QStringLiteral("hs_%1").arg(index), JwtAlgorithm::hs256,
                               QString::number(index, 16).rightJustified(24, QLatin1Char('0')),
                               std::nullopt});
    }
    for (int index = 0; index < 100; ++index) {
        config.jwtKeys.append({QStringLiteral("rsa_%1").arg(index), JwtAlgorithm::rs256,
                               std::nullopt, rsaPublicKeyPem()});
    }
    return config;
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

// `rows` mapping rows all writing the same catalogue field, so that every row after the
// first has a mapping_field_duplicate warning: the file of issue 14 item 10.
CommunityConfig warnedConfig(int rows)
{
    CommunityConfig config;
    config.community = {QStringLiteral("c1"), QStringLiteral("Support"), QString()};
    config.customFields.append({QStringLiteral("shared"), QStringLiteral("Shared"),
                                QStringLiteral("string"), std::nullopt});
    for (int index = 0; index < rows; ++index) {
        config.extraValuesMapping.append(
            {QStringLiteral("v") + QString::number(index), QStringLiteral("custom_field:shared")});
    }
    return config;
}

// Processor time of the calling thread: what the GUI thread spends, whatever else runs on the
// machine.
double threadCpuMs()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

// One key typed into the focused widget as a person types it, and everything it causes up to
// the moment the event loop would wait for the next event: posted events, zero timers, model
// resets, relayouts and the repaint.
double keystrokeCpuMs(QWidget* target, char key)
{
    QEventLoop idle;
    const QMetaObject::Connection connection = QObject::connect(
        QAbstractEventDispatcher::instance(), &QAbstractEventDispatcher::aboutToBlock, &idle,
        &QEventLoop::quit, Qt::DirectConnection);
    const double start = threadCpuMs();
    QTest::keyClick(target, key);
    idle.exec();
    const double spent = threadCpuMs() - start;
    QObject::disconnect(connection);
    return spent;
}

void settle()
{
    for (int round = 0; round < 10; ++round)
        QCoreApplication::processEvents();
}

void printKeystrokes(QTextStream& out, const QString& what, const std::vector<double>& ms)
{
    out << what << ": median " << median(ms) << " ms, worst "
        << *std::max_element(ms.begin(), ms.end()) << " ms over " << ms.size() << " keystrokes\n";
}

int typing()
{
    QTextStream out(stdout);
    constexpr int keystrokes = 30;
    for (const int rows : {5000, 10000}) {
        QTemporaryDir directory;
        const QString file = directory.filePath(QStringLiteral("warned.json"));
        {
            QFile output(file);
            if (!output.open(QIODevice::WriteOnly) ||
                output.write(canonicalJson(warnedConfig(rows))) < 0)
                return 1;
        }
        auto* window = new MainWindow;
        window->loadFile(file);
        window->show();
        if (!QTest::qWaitForWindowExposed(window))
            return 1;
        window->activateWindow();
        settle();
        out << rows << " mapping rows, "
            << countOf(window->document()->diagnostics(), Severity::Warning) << " warnings\n";

        auto* name = window->findChild<QLineEdit*>(QStringLiteral("communityNameEdit"));
        name->setFocus();
        name->end(false);
        settle();
        std::vector<double> nameMs;
        for (int key = 0; key < keystrokes; ++key)
            nameMs.push_back(keystrokeCpuMs(name, char('a' + key % 26)));
        printKeystrokes(out, QStringLiteral("  community name, per keystroke"), nameMs);

        // A key cell of the middle of the table, its editor open: typing there.
        auto* table = window->findChild<QTableView*>(QStringLiteral("mappingTable"));
        const QModelIndex cell = table->model()->index(rows / 2, 0);
        table->setFocus();
        table->setCurrentIndex(cell);
        table->scrollTo(cell);
        table->edit(cell);
        settle();
        auto* editor = qobject_cast<QLineEdit*>(QApplication::focusWidget());
        if (!editor || editor->objectName() != QLatin1String("mappingKeyEdit"))
            return 1;
        std::vector<double> cellMs;
        for (int key = 0; key < keystrokes; ++key)
            cellMs.push_back(keystrokeCpuMs(editor, char('a' + key % 26)));
        printKeystrokes(out, QStringLiteral("  mapping key cell, per keystroke"), cellMs);

        // Enter closes the editor and commits the row: one edit of the document, revalidated.
        std::vector<double> commitMs{keystrokeCpuMs(editor, '\r')};
        for (int edit = 1; edit < 10; ++edit) {
            const QModelIndex next = table->model()->index(rows / 2 + edit, 0);
            table->setCurrentIndex(next);
            table->edit(next);
            settle();
            QWidget* nextEditor = QApplication::focusWidget();
            QTest::keyClick(nextEditor, 'x');
            settle();
            commitMs.push_back(keystrokeCpuMs(nextEditor, '\r'));
        }
        out << "  mapping key cell committed (Enter): median " << median(commitMs) << " ms, worst "
            << *std::max_element(commitMs.begin(), commitMs.end()) << " ms over " << commitMs.size()
            << " edits\n";

        window->document()->markSaved();
        window->close();
        settle();
    }
    return 0;
}

int startup(const QString& file, const QElapsedTimer& sinceMain)
{
    auto* window = new MainWindow;
    window->loadFile(file);
    window->show();
    if (!QTest::qWaitForWindowExposed(window))
        return 1;
    QTextStream(stdout) << "main() to window exposed: " << sinceMain.elapsed() << " ms\n";
    return 0;
}

int large()
{
    QTextStream out(stdout);
    QTemporaryDir directory;
    const QString file = directory.filePath(QStringLiteral("large.json"));
    {
        QFile output(file);
        if (!output.open(QIODevice::WriteOnly) || output.write(canonicalJson(largeConfig())) < 0)
            return 1;
        out << "generated " << file << " (" << output.size() / 1024 << " KiB)\n";
    }

    QElapsedTimer timer;
    timer.start();
    auto* window = new MainWindow;
    window->loadFile(file);
    window->show();
    if (!QTest::qWaitForWindowExposed(window))
        return 1;
    auto* table = window->findChild<QTableView*>(QStringLiteral("mappingTable"));
    table->viewport()->repaint();
    out << "open 10,000 rows and 1,000 keys, window painted: " << timer.elapsed() << " ms\n";

    // Scrolling: one page at a time through the table, each page painted.
    std::vector<double> pageMs;
    QScrollBar* scrollBar = table->verticalScrollBar();
    for (int page = 0; page < 200 && scrollBar->value() < scrollBar->maximum(); ++page) {
        QElapsedTimer pageTimer;
        pageTimer.start();
        scrollBar->setValue(scrollBar->value() + scrollBar->pageStep());
        table->viewport()->repaint();
        pageMs.push_back(double(pageTimer.nsecsElapsed()) / 1e6);
    }
    out << "scroll one page and paint: median " << median(pageMs) << " ms, worst "
        << *std::max_element(pageMs.begin(), pageMs.end()) << " ms over " << pageMs.size()
        << " pages\n";

    // Editing: one cell changed through the model, as the delegate does, then revalidation of
    // the whole configuration and the repaint of what is shown.
    std::vector<double> editMs;
    QAbstractItemModel* model = table->model();
    for (int edit = 0; edit < 30; ++edit) {
        const QModelIndex cell = model->index(5000 + edit, 0);
        QElapsedTimer editTimer;
        editTimer.start();
        model->setData(cell, QStringLiteral("edited_%1").arg(edit));
        QCoreApplication::processEvents();
        table->viewport()->repaint();
        editMs.push_back(double(editTimer.nsecsElapsed()) / 1e6);
    }
    out << "one edit, revalidated and repainted: median " << median(editMs) << " ms, worst "
        << *std::max_element(editMs.begin(), editMs.end()) << " ms over " << editMs.size()
        << " edits\n";

    // Where an edit's time goes: the validator alone, with the keys already inspected.
    std::vector<double> validateMs;
    PemKeyCache keyCache;
    ConfigValidator::validate(window->document()->config(), keyCache);
    for (int run = 0; run < 10; ++run) {
        QElapsedTimer validateTimer;
        validateTimer.start();
        ConfigValidator::validate(window->document()->config(), keyCache);
        validateMs.push_back(double(validateTimer.nsecsElapsed()) / 1e6);
    }
    out << "of which the validator: median " << median(validateMs) << " ms\n";
    window->document()->markSaved();
    window->close();
    return 0;
}

} // namespace

int main(int argc, char* argv[])
{
    QElapsedTimer sinceMain;
    sinceMain.start();
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("engage-admin-bench"));
    const QStringList arguments = QApplication::arguments();
    if (arguments.size() == 3 && arguments.at(1) == QLatin1String("startup"))
        return startup(arguments.at(2), sinceMain);
    if (arguments.size() == 2 && arguments.at(1) == QLatin1String("large"))
        return large();
    if (arguments.size() == 2 && arguments.at(1) == QLatin1String("typing"))
        return typing();
    QTextStream(stderr) << "usage: bench_gui startup FILE | bench_gui large | bench_gui typing\n";
    return 2;
}
