import { Migration } from '@mikro-orm/migrations';

/** A cited document keeps its number-symbol as printed next to the normalised one, and a note on a misprint. */
export class Migration20261202030100 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "legal_document" add column "printed_symbol" text null, add column "symbol_note" text null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "legal_document" drop column "printed_symbol", drop column "symbol_note";`);
  }
}
