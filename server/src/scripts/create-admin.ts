import 'reflect-metadata';
import { openDatabase } from '../db/database';
import { migrate, openOrm } from '../db/orm';
import { createFirstAdmin } from '../modules/user/first-admin';

/** `npm run create-admin -- <username>`, the password on standard input (`echo "$PW" | npm run create-admin -- admin`). */
async function main() {
  const username = process.argv[2];
  if (!username) throw new Error('Cách dùng: npm run create-admin -- <tên đăng nhập>   (mật khẩu nhập từ stdin)');
  if (process.stdin.isTTY) process.stderr.write('Mật khẩu: ');
  let input = '';
  for await (const chunk of process.stdin) input += chunk;
  const password = input.split(/\r?\n/)[0] ?? '';
  const database = await openDatabase();
  const orm = await openOrm({ databaseUrl: database.url });
  try {
    await migrate(orm);
    const user = await createFirstAdmin(orm.em.fork(), username, password);
    console.log(`Đã tạo quản trị viên "${user.username}" (mã ${user.id}).`);
  } finally {
    await orm.close();
    await database.stop();
  }
}

main().catch((error: Error) => {
  console.error(error.message);
  process.exit(1);
});
