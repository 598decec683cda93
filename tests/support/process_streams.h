#pragma once

// A program's standard streams as tests cannot get them from runProgram(): an input that a
// slow pipe delivers in parts, an output that cannot be written.

#include "support/process_run.h"

#include <QByteArray>
#include <QList>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTest>

#include <fcntl.h>
#include <unistd.h>

// How a program's standard input pipe is left: as a shell leaves it, or non-blocking, as some
// parent processes leave it. O_NONBLOCK belongs to the pipe, shared by every process that holds
// it, so the program receives it as it is.
enum class InputPipe { Blocking, NonBlocking };

// Waits for a started program whose input is closed; a hang is killed after two minutes.
inline Run finishedRun(QProcess& process, bool keepOutput)
{
    if (!process.waitForFinished(120000)) {
        process.kill();
        process.waitForFinished();
        return {};
    }
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            keepOutput ? process.readAllStandardOutput() : QByteArray(),
            process.readAllStandardError()};
}

// Runs a program, writing each part of its standard input after a pause of pauseMs; then
// closes its standard input. A hang is killed after two minutes.
inline Run runWithSlowInput(const QString& program, const QStringList& arguments,
                            const QList<QByteArray>& parts, int pauseMs = 300,
                            InputPipe inputPipe = InputPipe::Blocking)
{
    QProcess process;
    if (inputPipe == InputPipe::NonBlocking) {
        // In the child, on its end of the pipe, just before the program starts.
        process.setChildProcessModifier(
            [] { ::fcntl(STDIN_FILENO, F_SETFL, ::fcntl(STDIN_FILENO, F_GETFL) | O_NONBLOCK); });
    }
    process.start(program, arguments);
    if (!process.waitForStarted())
        return {};
    for (qsizetype index = 0; index < parts.size(); ++index) {
        if (index > 0)
            QTest::qWait(pauseMs);
        process.write(parts.at(index));
        // Into the pipe before the pause, or the parts would reach it together.
        while (process.bytesToWrite() > 0 && process.state() == QProcess::Running)
            process.waitForBytesWritten(1000);
    }
    process.closeWriteChannel();
    return finishedRun(process, true);
}

// Runs a program with its standard output sent to a file, such as /dev/full, and an empty
// standard input; the output is not kept.
inline Run runWithOutputTo(const QString& program, const QStringList& arguments,
                           const QString& outputFile)
{
    QProcess process;
    process.setStandardOutputFile(outputFile);
    process.start(program, arguments);
    if (!process.waitForStarted())
        return {};
    process.closeWriteChannel();
    return finishedRun(process, false);
}

// The input cut in `count` parts of about the same size.
inline QList<QByteArray> splitInto(const QByteArray& input, qsizetype count)
{
    QList<QByteArray> parts;
    const qsizetype size = (input.size() + count - 1) / count;
    for (qsizetype start = 0; start < input.size(); start += size)
        parts.append(input.mid(start, size));
    return parts;
}

#ifdef ENGAGECTL_PATH
inline Run engagectlWithSlowInput(const QStringList& arguments, const QList<QByteArray>& parts,
                                  int pauseMs = 300, InputPipe inputPipe = InputPipe::Blocking)
{
    return runWithSlowInput(QStringLiteral(ENGAGECTL_PATH), arguments, parts, pauseMs, inputPipe);
}

// /dev/full fails every write with ENOSPC, as a full disk does.
inline Run engagectlWithFullOutput(const QStringList& arguments)
{
    return runWithOutputTo(QStringLiteral(ENGAGECTL_PATH), arguments, QStringLiteral("/dev/full"));
}

// docs/engagectl.md: a command whose output could not be written exits 2 and says why.
inline void verifyLostOutputIsExitTwo(const QStringList& arguments)
{
    const Run result = engagectlWithFullOutput(arguments);
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(
                 "engagectl: Standard output could not be written: No space left on device."),
             result.err.constData());
}
#endif
