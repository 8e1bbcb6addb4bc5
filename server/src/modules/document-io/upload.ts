import { GraphQLError, GraphQLScalarType } from 'graphql';
import type { UploadedFile } from './import.service';

/** Room for a 10 MB file plus the multipart envelope; a larger file is refused by the importer with a clear message up to this size. */
export const MAX_UPLOAD_BODY_BYTES = 12 * 1024 * 1024;

/** A file sent with the GraphQL multipart request spec; it only ever arrives as a variable. */
export class Upload implements UploadedFile {
  constructor(
    readonly filename: string,
    readonly buffer: Buffer,
    readonly mimetype?: string,
  ) {}
}

export const UploadScalar = new GraphQLScalarType({
  name: 'Upload',
  description: 'Tệp gửi kèm theo đặc tả GraphQL multipart request (trường `operations`, `map` và các tệp).',
  parseValue(value) {
    if (value instanceof Upload) return value;
    throw new GraphQLError('Biến kiểu Upload phải là một tệp gửi kèm (multipart/form-data).', { extensions: { code: 'BAD_USER_INPUT' } });
  },
  parseLiteral() {
    throw new GraphQLError('Tệp không thể viết trực tiếp trong truy vấn; hãy gửi bằng multipart/form-data.', {
      extensions: { code: 'BAD_USER_INPUT' },
    });
  },
  serialize() {
    throw new GraphQLError('Upload chỉ dùng cho dữ liệu gửi lên.');
  },
});

/**
 * The JSON body of a multipart request (https://github.com/jaydenseric/graphql-multipart-request-spec): `operations`
 * with each file put where `map` says. Parsed by the runtime's own FormData reader, so no extra dependency.
 */
export async function multipartOperations(body: Buffer, contentType: string): Promise<unknown> {
  const form = await new Response(new Uint8Array(body), { headers: { 'content-type': contentType } }).formData();
  const operations = JSON.parse(String(form.get('operations') ?? 'null')) as unknown;
  const map = JSON.parse(String(form.get('map') ?? '{}')) as Record<string, string[]>;
  for (const [key, paths] of Object.entries(map)) {
    const part = form.get(key);
    if (!part || typeof part === 'string') continue;
    const upload = new Upload(part.name, Buffer.from(await part.arrayBuffer()), part.type || undefined);
    for (const path of paths) setPath(operations, path.split('.'), upload);
  }
  return operations;
}

function setPath(target: unknown, path: string[], value: unknown) {
  let node = target as Record<string, unknown>;
  for (const key of path.slice(0, -1)) node = node?.[key] as Record<string, unknown>;
  if (node && typeof node === 'object') node[path[path.length - 1]] = value;
}
