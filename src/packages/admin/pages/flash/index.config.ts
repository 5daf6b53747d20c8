export default definePageConfig({ navigationBarTitleText: '秒杀场次' })
