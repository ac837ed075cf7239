// SPDX-FileCopyrightText: 2026 Keyward developers
// SPDX-License-Identifier: Apache-2.0
// Qt messages written in batches: nothing lost, nothing reordered, a
// warning at once, the rest within the interval or at the end.
#include "BufferedMessageLog.h"

#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QTemporaryFile>
#include <QTest>
#include <QThread>

#include <memory>

using namespace keyward;

Q_LOGGING_CATEGORY(lcTest, "keyward.test")

class TestBufferedMessageLog : public QObject {
    Q_OBJECT
private:
    QTemporaryFile m_file;
    std::unique_ptr<BufferedMessageLog> m_log;

    QByteArray written()
    {
        QFile reader(m_file.fileName());
        return reader.open(QIODevice::ReadOnly) ? reader.readAll() : QByteArray();
    }

private slots:
    void init()
    {
        qSetMessagePattern(QStringLiteral("%{category}: %{message}"));
        QVERIFY(m_file.open());
        m_file.resize(0);
        m_log = std::make_unique<BufferedMessageLog>(m_file.handle());
    }
    void cleanup() { m_log.reset(); }

    void informationWaitsForTheIntervalAtMost()
    {
        QElapsedTimer since;
        since.start();
        qCInfo(lcTest, "first");
        qCInfo(lcTest, "second");
        QCOMPARE(written(), QByteArray()); // one write for both, later
        QTRY_COMPARE_WITH_TIMEOUT(written(),
                                  QByteArray("keyward.test: first\nkeyward.test: second\n"),
                                  5 * BufferedMessageLog::flushIntervalMs);
        QVERIFY(since.elapsed() >= BufferedMessageLog::flushIntervalMs / 2);
    }

    void aWarningIsWrittenAtOnceWithWhatCameBefore()
    {
        qCInfo(lcTest, "before");
        qCWarning(lcTest, "trouble");
        QCOMPARE(written(), QByteArray("keyward.test: before\nkeyward.test: trouble\n"));
    }

    void aFullBufferIsWrittenAtOnce()
    {
        const QString big(BufferedMessageLog::flushBytes, QLatin1Char('x'));
        qCInfo(lcTest, "%s", qPrintable(big));
        QCOMPARE(written().size(), qsizetype(qstrlen("keyward.test: \n")) + big.size());
    }

    void whatIsPendingAtTheEndIsWritten()
    {
        qCInfo(lcTest, "last words");
        m_log.reset();
        QCOMPARE(written(), QByteArray("keyward.test: last words\n"));
    }

    void linesFromManyThreadsStayWholeAndInOrderPerThread()
    {
        constexpr int threads = 4;
        constexpr int perThread = 5000;
        std::vector<std::unique_ptr<QThread>> writers;
        for (int t = 0; t < threads; ++t) {
            writers.emplace_back(QThread::create([t] {
                for (int i = 0; i < perThread; ++i)
                    qCInfo(lcTest, "t%d %d", t, i);
            }));
            writers.back()->start();
        }
        for (auto &writer : writers)
            QVERIFY(writer->wait(30000));
        m_log.reset();
        const QList<QByteArray> lines = written().split('\n');
        QCOMPARE(lines.size(), threads * perThread + 1); // and the empty tail
        std::vector<int> next(threads, 0);
        for (const QByteArray &line : lines.mid(0, threads * perThread)) {
            const QList<QByteArray> fields = line.mid(qstrlen("keyward.test: t")).split(' ');
            QCOMPARE(fields.size(), 2);
            const int t = fields[0].toInt();
            QCOMPARE(fields[1].toInt(), next[size_t(t)]++);
        }
    }
};

QTEST_GUILESS_MAIN(TestBufferedMessageLog)
#include "TestBufferedMessageLog.moc"
