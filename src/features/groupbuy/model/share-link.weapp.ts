/** Mini program: the share button (open-type share) sends the card; nothing to copy. */
export async function shareLink(_path: string): Promise<void> {}
