import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { hasRole } from '../auth/principal';
import { SignInThrottle } from '../auth/sign-in-throttle';
import { PrincipalCache } from '../auth/principal-cache';
import { PRINCIPAL_CHANGES } from '../modules/session/principal-changes';
import { TokenService } from '../auth/tokens';
import { systemClock } from '../common/clock';
import { Role } from '../common/enums';
import { createLogger } from '../http/logger';
import { createContext, type SignedInUser } from '../context';
import { openDatabase } from '../db/database';
import { migrate, openOrm } from '../db/orm';
import { importDocument } from '../modules/document-io/import.service';
import { principalOfUser } from '../modules/session/authenticate';
import { User } from '../modules/user/user.entity';
import '../app/modules';

/**
 * `npm run import -- <file.docx|file.txt> --as <username>`: the same import as the `importDocument` mutation, into the
 * database of `npm start`, as a draft of that user's unit; prints what was created and what needs resolving.
 */
async function main() {
  const args = process.argv.slice(2);
  const file = args.find((a) => !a.startsWith('--') && args[args.indexOf(a) - 1] !== '--as');
  const username = args[args.indexOf('--as') + 1];
  if (!file || !args.includes('--as') || !username)
    throw new Error('Cách dùng: npm run import -- <tệp .docx hoặc .txt> --as <tên đăng nhập của chuyên viên>');
  const database = await openDatabase();
  const orm = await openOrm({ databaseUrl: database.url });
  try {
    await migrate(orm);
    const em = orm.em.fork();
    const user = await em.findOne(User, { username }, { populate: ['administrativeUnit'] });
    if (!user) throw new Error(`Không có người dùng "${username}".`);
    const auth = principalOfUser(user);
    if (!hasRole(auth, Role.EDITOR)) throw new Error(`"${username}" không phải chuyên viên soạn thảo (EDITOR).`);
    const services = {
      tokens: new TokenService(randomBytes(32).toString('base64url')),
      signIns: new SignInThrottle(database.url),
      // Never started: a one-off command remembers no principal.
      principals: new PrincipalCache<SignedInUser>(database.url, PRINCIPAL_CHANGES),
      clock: systemClock,
    };
    const ctx = createContext(em, services, auth, { clientAddress: 'cli', requestId: 'import', log: createLogger() });
    const outcome = await importDocument(ctx, auth.unitId!, { filename: path.basename(file), buffer: fs.readFileSync(file) });
    const id = outcome.plan?.id ?? outcome.reportId;
    console.log(`Đã tạo dự thảo ${outcome.facts.kind === 'PLAN' ? 'kế hoạch' : 'báo cáo'} số ${id}: ${outcome.facts.title}`);
    console.log(
      `Văn bản được dẫn mới thêm vào danh mục: ${outcome.createdDocuments.map((d) => d.symbol ?? d.title).join('; ') || 'không có'}`,
    );
    console.log(`Cơ quan chưa khớp danh mục: ${outcome.unmatchedAgencies.join('; ') || 'không có'}`);
    for (const u of outcome.facts.unplaced) console.log(`Chưa xếp được: "${u.text}" — ${u.reason}`);
  } finally {
    await orm.close();
    await database.stop();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
