import WorkspaceScreen from '@/features/staff/screens/workspace-screen'
export default WorkspaceScreen
